import numpy as np
a = np.array([1.0, 2.0, 3.0])
print(a + [10, 20, 30])
print([10, 20, 30] - a)
print(a * [1, 0, -1])
print([[1], [2]] * a)
print([1, 2] + [3, 4])
print(np.array([1, 2]) + [3, 4])
print(type([1, 2] * np.array(3)).__name__)
