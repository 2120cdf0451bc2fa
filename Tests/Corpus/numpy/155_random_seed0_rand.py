import numpy as np
np.random.seed(0)
print(np.random.rand())
print(np.random.rand(3))
print(np.random.rand(2, 3))
print(repr(np.random.rand(1)))
