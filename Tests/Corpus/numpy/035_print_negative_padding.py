import numpy as np
print(np.array([-1.0, 1.0]))
print(np.array([1.0, -1.0]))
print(np.array([-0.5, 0.25, 10.0]))
print(np.array([[-1, 2], [3, -4]]))
print(np.array([-0.0, 0.0]))
print(np.array([-1e-5, 1.0]))
print(np.array([-123.456, 7.0]))
print(np.array([[-0.1], [0.1]]))
