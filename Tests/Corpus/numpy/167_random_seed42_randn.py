import numpy as np
np.random.seed(42)
print(np.random.randn(4))
print(np.random.randn(3, 2))
print(np.random.randn(1))
