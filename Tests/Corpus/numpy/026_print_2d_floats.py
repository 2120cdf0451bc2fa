import numpy as np
print(np.array([[1.0, 2.5], [3.25, 4.0]]))
print(np.array([[0.1, -0.2], [0.33, 4.0]]))
print(repr(np.array([[1.0, 2.0], [3.0, 4.0]])))
print(np.array([[1 / 3, 1 / 7], [1 / 9, 1.0]]))
print(np.array([[-1.0, 0.0], [0.0, -1.0]]))
m = np.array([[0.5, 10.25, -3.0]])
print(m)
print(repr(m))
