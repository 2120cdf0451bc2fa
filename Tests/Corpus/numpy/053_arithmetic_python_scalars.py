import numpy as np
a = np.array([1, 2, 3])
print(a + 1, 1 + a)
print(a * 2.5, 2.5 * a)
print(10 - a, a - 10)
print(1 / a)
print(a / 2, a // 2)
print((a * 2).dtype, (a * 2.0).dtype, (a / 1).dtype)
print(a + True, (a + True).dtype)
