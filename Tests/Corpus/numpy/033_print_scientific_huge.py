import numpy as np
print(np.array([1e16, 1.0]))
print(np.array([1e8, 1.0]))
print(np.array([12345678.0, 1.5]))
print(np.array([1e15, 2e15]))
print(np.array([1e16]))
print(np.array([123456789.0]))
print(np.array([1.5e300, -2e-300]))
print(repr(np.array([1e20, 1e-20])))
