import numpy as np
a = np.array([1 / 3, 2 / 3], dtype=np.float32)
print(a)
np.set_printoptions(precision=4)
print(a)
print(repr(a))
np.set_printoptions(precision=10)
print(a)
print(a.astype(np.float64))
