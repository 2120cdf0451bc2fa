import numpy as np
print(np.arange(0.0, 1.0, 0.3))
print(np.arange(1, 2, 0.1))
print(np.arange(-1, 1, 0.5))
print(np.arange(0, 5, 1.5))
print(np.arange(10, 11, 0.25).size)
print(np.arange(5, dtype=float) / 10)
