import numpy as np
a = np.array([1, 2, 3, 4])
print(np.cumsum(a), np.cumprod(a))
print(np.cumsum(a[::-1])[::-1])
m = np.array([[1, 2], [3, 4]])
print(np.cumsum(m), np.cumsum(m, axis=0), np.cumsum(m, axis=1))
print(np.cumsum(np.array([0.1] * 5)))
print(np.diff(np.array([1, 4, 9, 16])))
print(np.diff(np.cumsum(a)))
