import numpy as np
np.random.seed(2024)
m = np.arange(15).reshape(5, 3)
np.random.shuffle(m)
print(m)
np.random.seed(2024)
print(np.random.permutation(np.arange(15).reshape(5, 3)))
np.random.seed(2024)
print(np.random.permutation(5))
