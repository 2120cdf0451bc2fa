import numpy as np
a = np.array([[1, 2, 3], [4, 5, 6]])
print(a.sum(), a.mean(), a.max(), a.min(), a.prod())
print(np.sum(a), np.mean(a), np.max(a), np.min(a))
print(a.std(), a.var())
print(a.argmax(), a.argmin())
print(a.cumsum())
print(a.any(), a.all())
