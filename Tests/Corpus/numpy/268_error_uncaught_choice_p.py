import numpy as np
np.random.seed(0)
print(np.random.choice(3, 4, p=[0.2, 0.3, 0.5]))
print(np.random.choice(2, 3, p=[0.5, 0.5]))
print(np.random.choice(3, 4, p=[0.2, 0.3, 0.6]))
