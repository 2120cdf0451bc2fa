import numpy as np
print(np.array([1e-5, 1.0]))
print(np.array([0.0001, 1.0]))
print(np.array([1e-10, 2e-10]))
print(np.array([1.5e-8]))
print(np.array([0.001, 0.5]))
print(np.array([1e-4, 1e-3]))
print(np.array([0.00012345, 1.0]))
print(repr(np.array([1e-6, 1e-7])))
