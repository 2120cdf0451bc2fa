class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
    def __contains__(self, value):
        return value in self.coeffs
p = Polynomial(1, 0, 2)
print(p(0), p(1), p(3))
print([p(x) for x in range(4)])
print(2 in p, 5 in p)
print(callable(p), callable(5))
class Bag:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        return x.lower() in self.items
print("APPLE" in Bag(["apple"]))
