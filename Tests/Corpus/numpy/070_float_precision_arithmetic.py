import numpy as np
a = np.array([0.1, 0.2])
print(a.sum(), a.sum() == 0.3)
print(np.float32(0.1) + np.float32(0.2))
print(np.array([0.1], dtype=np.float32) * 3)
print(np.float64(1) / 3, np.float32(1) / 3)
print(np.sum(np.full(10, 0.1)), sum([0.1] * 10))
print(np.finfo(np.float32).eps, np.finfo(np.float64).eps)
print(1 + np.finfo(np.float64).eps / 2 == 1)
