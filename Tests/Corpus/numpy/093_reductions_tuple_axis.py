import numpy as np
a = np.arange(24).reshape(2, 3, 4)
print(a.sum(axis=(0, 1)))
print(a.sum(axis=(1, 2)))
print(a.mean(axis=(0, 2)))
print(a.max(axis=(0, -1)))
print(a.sum(axis=(0, 1, 2)), a.sum())
print(np.std(a, axis=(1, 2)))
