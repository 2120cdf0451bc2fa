import numpy as np
v = np.array([1.0, 2.0, 3.0])
M = np.ones((2, 3))
print(M @ v)
try:
    v @ M
except ValueError as e:
    print(e)
print(np.outer(v, M).shape)
print(np.dot(v, M.T))
