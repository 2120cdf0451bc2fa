import numpy as np
np.random.seed(1)
n, batch = 10, 4
order = np.random.permutation(n)
for start in range(0, n, batch):
    print(order[start:start + batch])
np.random.seed(1)
print(np.random.permutation(n)[:4])
