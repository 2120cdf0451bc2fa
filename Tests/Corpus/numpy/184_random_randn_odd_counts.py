import numpy as np
np.random.seed(0)
print(np.random.randn(1))
print(np.random.randn(1))
print(np.random.randn(3))
np.random.seed(0)
print(np.random.randn(5))
np.random.seed(0)
print(np.random.randn(), np.random.randn(), np.random.randn())
