import numpy as np
np.random.seed([1, 2, 3])
print(np.random.rand(3))
print(np.random.randn(2))
print(np.random.randint(0, 10, 4))
np.random.seed([1, 2, 3])
print(np.random.rand(3))
