import numpy as np
np.random.seed(1)
print(np.random.rand(2))
print(np.random.randn(2))
print(np.random.randint(0, 100, 3))
print(np.random.rand())
print(np.random.randn(3))
print(np.random.uniform(0, 5, 2))
