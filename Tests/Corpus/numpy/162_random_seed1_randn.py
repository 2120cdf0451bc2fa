import numpy as np
np.random.seed(1)
print(np.random.randn(3))
print(np.random.randn(2, 3))
print(np.random.randn())
