import numpy as np
np.random.seed(1)
print(np.random.randint(0, 2, size=10))
print(np.random.randint(1, 7, size=(3, 4)))
print(np.random.randint(50))
print(np.random.randint(0, 256, 5))
