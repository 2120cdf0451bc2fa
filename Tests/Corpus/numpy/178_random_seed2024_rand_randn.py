import numpy as np
np.random.seed(2024)
print(np.random.rand(4))
print(np.random.randn(4))
print(np.random.rand(2, 2))
print(np.random.randn(2, 2))
