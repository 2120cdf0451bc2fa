import numpy as np
print(np.array([[1, 2], [3, 4]]))
print(np.array([[1, -2], [30, 4]]))
print(np.array([[100, 2, 3], [4, 5, 6]]))
print(repr(np.array([[1, 2], [3, 4]])))
print(repr(np.array([[-1, 20], [300, -4000]])))
print(np.arange(20).reshape(4, 5))
