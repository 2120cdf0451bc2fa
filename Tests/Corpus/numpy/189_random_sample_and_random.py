import numpy as np
np.random.seed(0)
print(np.random.random())
print(np.random.random(3))
print(np.random.random_sample((2, 2)))
np.random.seed(0)
print(np.random.rand(1 + 3 + 4))
