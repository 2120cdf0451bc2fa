import numpy as np
a = np.full(10, 0.1, dtype=np.float32)
print(a.sum(), a.mean())
b = np.arange(1, 11, dtype=np.float32) / 10
print(b)
print(b.sum(), b.prod())
print(np.cumsum(b))
print((b @ b), type(b @ b).__name__)
