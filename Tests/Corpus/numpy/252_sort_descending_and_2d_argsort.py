import numpy as np
a = np.array([[0.2, 0.9, 0.4], [0.8, 0.1, 0.5]])
print(np.argsort(a, axis=1))
print(np.argsort(a, axis=0))
print(np.argsort(-a, axis=1)[:, :2])
print(-np.sort(-a, axis=1))
print(np.argsort(a, axis=None))
print(np.sort(a.ravel())[-3:])
