import numpy as np
a = np.arange(8).reshape(2, 2, 2)
print(a)
print(repr(a))
b = np.arange(12, dtype=float).reshape(2, 3, 2) / 4
print(b)
c = np.zeros((3, 1, 2), dtype=int)
print(c)
