import numpy as np
print(np.eye(3))
print(np.eye(2, 3))
print(np.eye(3, k=1))
print(np.eye(3, dtype=int))
print(np.identity(2))
print(np.eye(3)[1])
print(np.eye(4, k=-2, dtype=int))
