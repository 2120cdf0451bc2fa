import numpy as np
np.random.seed(42)
print(np.random.randint(0, 10, 10))
print(np.random.randint(1, 100, size=(2, 4)))
print(np.random.randint(3))
print(np.random.randint(-100, 100, 4))
