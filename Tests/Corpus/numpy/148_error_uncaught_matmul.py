import numpy as np
x = np.ones((4, 3))
W = np.ones((4, 2))
print(x.shape, W.shape)
print((x.T @ W).shape)
out = x @ W
