import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(a + b, a - b, a * b)
print(b / a)
print(b // a, b % a)
print(a ** 2, 2 ** a)
print(-a, +a, abs(-a))
print(a / a.sum())
