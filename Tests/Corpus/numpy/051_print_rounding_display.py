import numpy as np
print(np.array([0.5, 1.5, 2.5]))
print(np.array([0.123456785, 0.1]))
print(np.array([2.00000001, 1.0]))
print(np.array([1.99999999999, 1.0]))
print(np.array([0.99999999, 1.0]))
print(np.array([1.23456789012345678]))
print(np.array([3.0000000001]))
print(np.array([1.0000000001, 2.5]))
