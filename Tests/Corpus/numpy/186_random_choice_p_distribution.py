import numpy as np
np.random.seed(0)
draws = np.random.choice(3, 1000, p=[0.6, 0.3, 0.1])
print(np.bincount(draws))
print(draws[:20])
np.random.seed(1)
print(np.random.choice(2, 10, p=[0.9, 0.1]))
