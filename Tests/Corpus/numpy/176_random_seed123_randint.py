import numpy as np
np.random.seed(123)
print(np.random.randint(0, 5, 12))
print(np.random.randint(10, size=(3, 3)))
print(np.random.randint(1000, 2000, 2))
