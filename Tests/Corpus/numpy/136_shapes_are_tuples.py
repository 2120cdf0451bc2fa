import numpy as np
a = np.zeros((2, 3, 4))
print(a.shape, type(a.shape).__name__)
rows, cols, depth = a.shape
print(rows, cols, depth, a.shape[-1])
print(a.shape == (2, 3, 4), len(a.shape))
print(np.zeros(5).shape, np.array(1).shape)
print(a.reshape(a.shape[0], -1).shape)
print(np.prod(a.shape), a.size, type(a.size).__name__)
print(np.ones(a.shape[1:]).shape)
