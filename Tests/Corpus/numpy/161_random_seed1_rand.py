import numpy as np
np.random.seed(1)
print(np.random.rand(4))
print(np.random.rand(3, 2))
print(np.random.rand())
