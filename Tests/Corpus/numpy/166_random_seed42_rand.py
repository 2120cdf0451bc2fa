import numpy as np
np.random.seed(42)
print(np.random.rand(3))
print(np.random.rand(2, 2))
print(np.random.rand(1, 1, 3))
