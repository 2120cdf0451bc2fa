import numpy as np
np.random.seed(0)
a = np.random.rand(4, 5)
print(a)
print(a.sum(), a.mean(axis=0))
print(a.argmax(), a.argmin(axis=1))
