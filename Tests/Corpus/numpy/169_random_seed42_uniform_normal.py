import numpy as np
np.random.seed(42)
print(np.random.uniform(0, 1, 3))
print(np.random.normal(0, 1, 3))
print(np.random.uniform(-0.05, 0.05, (2, 3)))
print(np.random.normal(10, 0.5, 2))
