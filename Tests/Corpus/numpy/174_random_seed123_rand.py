import numpy as np
np.random.seed(123)
print(np.random.rand(5))
print(np.random.rand(2, 4))
print(np.random.rand())
