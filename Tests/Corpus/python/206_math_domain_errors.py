import math
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -5), (math.factorial, -1)]:
    try:
        print(fn(arg))
    except ValueError as e:
        print(fn.__name__, "->", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("exp ->", e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(math.sqrt(0.0), math.sqrt(1e-300))
