import numpy as np
a = np.array([2 ** 62, 2 ** 62])
print(a.sum())
print(a * 2)
b = np.array([100, 200], dtype=np.int32)
print(b * b, (b * b).dtype)
print(np.array([2 ** 31 - 1], dtype=np.int32) + 1)
print(np.iinfo(np.int64).max, np.iinfo(np.int32).min)
print(np.array([9223372036854775807]) + 1)
