import numpy as np
np.random.seed(0)
print(np.random.uniform(5, 5, 3))
print(np.random.uniform(1, 0, 3))
print(np.random.uniform(size=2))
print(np.random.normal(0, 0, 2))
print(np.random.randint(0, 1, 4))
