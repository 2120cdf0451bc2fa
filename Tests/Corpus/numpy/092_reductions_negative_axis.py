import numpy as np
a = np.arange(24).reshape(2, 3, 4)
print(a.sum(axis=-1))
print(a.sum(axis=-2))
print(a.max(axis=-3))
print(a.mean(axis=-1).shape)
print(np.argmax(a, axis=-1))
print(a.min(axis=-2)[1])
