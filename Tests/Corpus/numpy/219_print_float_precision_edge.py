import numpy as np
print(np.array([0.1, 0.12, 0.123]))
print(np.array([1.1, 1.12345678912]))
print(np.array([1e-3, 1e-2]))
print(np.array([123.456, 0.001]))
print(np.array([5e-5, 5.0]))
print(np.array([9.999999999e-5, 1.0]))
print(np.array([0.1] * 3) * 3)
