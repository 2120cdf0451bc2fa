import numpy as np
x64 = np.array([1 / 3, 2 / 3, 1.0])
x32 = x64.astype(np.float32)
print(x64)
print(x32)
print(repr(x32))
print(x32.astype(np.float64))
print(np.float64(x32[0]), x32[0])
print(repr(x32[0]), repr(x64[0]))
