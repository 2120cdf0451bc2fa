import numpy as np
a = np.array([1, 2, 3, 4, 5], dtype=np.float32)
print(a.std(), a.var(), type(a.std()).__name__)
print(a.mean(), a.sum() / a.size)
print(np.std(np.array([1e8, 1e8 + 1, 1e8 + 2], dtype=np.float32)))
print(np.std(np.array([1e8, 1e8 + 1, 1e8 + 2])))
