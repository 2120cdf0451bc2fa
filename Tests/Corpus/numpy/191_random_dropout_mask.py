import numpy as np
np.random.seed(0)
x = np.ones((3, 4))
keep = 0.8
mask = np.random.rand(*x.shape) < keep
print(mask)
print(x * mask / keep)
print(mask.mean())
