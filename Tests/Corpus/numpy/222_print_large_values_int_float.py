import numpy as np
print(np.array([1e5, 2e5]))
print(np.array([123456.0, 1.0]))
print(np.array([99999999.0, 1.0]))
print(np.array([100000000.0, 1.5]))
print(np.array([1e7, 1.5]))
print(np.array([2 ** 53 * 1.0]))
