import numpy as np
np.random.seed(0)
print(np.random.randint(0, 2 ** 31, 3))
print(np.random.randint(0, 2 ** 40, 2))
print(np.random.randint(-5, -1, 5))
print(np.random.randint(7, 8, 3))
print(np.random.randint(0, 3, size=(2, 2, 2)))
print(np.random.randint(10, size=5).dtype)
