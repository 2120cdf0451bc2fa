import numpy as np
np.set_printoptions(suppress=True, precision=3)
np.random.seed(0)
m = np.random.randn(3, 3) * 1e-4
print(m)
print(m * 1e6)
np.set_printoptions(precision=5)
print(np.random.rand(2, 2))
