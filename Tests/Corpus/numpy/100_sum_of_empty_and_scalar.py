import numpy as np
e = np.array([])
print(e.sum(), e.prod())
print(np.zeros((0, 3)).sum(axis=0))
print(np.array(5).sum(), np.array([[7]]).mean())
try:
    e.max()
except ValueError as e2:
    print(e2)
print(np.max([1, 5, 2]), np.min((4, -1)))
