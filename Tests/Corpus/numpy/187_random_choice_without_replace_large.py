import numpy as np
np.random.seed(0)
print(np.random.choice(100, 10, replace=False))
print(np.random.choice(5, 5, replace=False))
print(np.random.choice(1000, 3, replace=False))
print(np.random.choice(10, 3, replace=False, p=[0.1] * 10))
