import numpy as np
print(np.array([1, 10, 100]))
print(np.array([[1, 10], [100, 1000]]))
print(np.array([-5, 50, -500]))
print(np.array([[0], [-10]]))
print(np.array([10 ** 15, 1]))
print(np.array([[1, 2, 3], [4, 5, 60000]]))
