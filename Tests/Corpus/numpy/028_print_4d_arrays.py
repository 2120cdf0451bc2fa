import numpy as np
a = np.arange(16).reshape(2, 2, 2, 2)
print(a)
print(repr(a))
b = np.ones((1, 2, 1, 3))
print(b)
