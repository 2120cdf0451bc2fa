import math
print(math.sqrt(16), math.sqrt(2))
print(math.pi, math.e)
print(math.exp(1), math.exp(0), math.exp(-1))
print(math.log(math.e), math.log(100, 10), math.log(8, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.floor(3.999), math.ceil(3.001))
print(type(math.floor(2.5)).__name__)
print(math.inf, -math.inf, math.inf > 10 ** 300)
