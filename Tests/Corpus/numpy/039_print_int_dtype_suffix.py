import numpy as np
print(repr(np.array([1, 2], dtype=np.int32)))
print(repr(np.array([1, 2], dtype=np.int64)))
print(repr(np.array([1.5], dtype=np.float64)))
print(repr(np.array([True])))
print(repr(np.arange(3, dtype=np.int32).reshape(3, 1)))
print(np.array([1, 2], dtype=np.int32))
