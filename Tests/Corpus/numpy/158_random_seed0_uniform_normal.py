import numpy as np
np.random.seed(0)
print(np.random.uniform())
print(np.random.uniform(-1, 1, 4))
print(np.random.uniform(low=10, high=20, size=(2, 2)))
print(np.random.normal())
print(np.random.normal(5, 2, 3))
print(np.random.normal(loc=0.0, scale=0.01, size=(2, 2)))
