import numpy as np
A = np.ones((2, 3))
B = np.ones((2, 3))
print(np.dot(A, B.T))
print(np.dot(A.T, B).shape)
print(np.dot(A, B))
