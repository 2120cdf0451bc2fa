import numpy as np
np.random.seed(2024)
print(np.random.randint(0, 10, 6))
print(np.random.choice(20, 5, replace=False))
print(np.random.choice(3, 6, p=[0.2, 0.2, 0.6]))
print(np.random.permutation(7))
