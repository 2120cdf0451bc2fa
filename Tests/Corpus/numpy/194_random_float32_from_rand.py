import numpy as np
np.random.seed(0)
a = np.random.rand(3).astype(np.float32)
print(a)
print(repr(a))
print(a.dtype, (a * 2).dtype)
b = np.random.randn(2, 2).astype(np.float32)
print(b)
