import numpy as np
np.random.seed(1)
print(np.random.choice(6, 6, replace=False))
print(np.random.choice(3, 10, p=[0.5, 0.3, 0.2]))
x = list(range(8))
np.random.shuffle(x)
print(x)
print(np.random.permutation(8))
