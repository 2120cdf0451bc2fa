import numpy as np
x = np.zeros((2, 3))
x += np.array([1, 2, 3])
print(x)
x += np.ones((3, 2))
