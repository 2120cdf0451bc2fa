import numpy as np
a = np.array([[1, 2], [3, 4]])
print(np.dot(2, a))
print(np.dot(a, [1, 1]))
print(np.dot([1, 2], [3, 4]))
print(np.dot(np.array([1.5, 2.0]), np.array([2, 3])))
print(np.inner([1, 2, 3], [0, 1, 0]))
print(np.vdot(a, a))
print(a.dot(a).dot(a))
