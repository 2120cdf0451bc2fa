import numpy as np
x = np.arange(24, dtype=float).reshape(2, 3, 4)
print(x.mean(axis=0))
print(x.mean(axis=1))
print(x.mean(axis=2))
print(x.mean(axis=(0, 1)))
print(x.mean())
