import numpy as np
v = np.array([0.5, 0.25, 0.25])
print(v[0], v[-1])
print(v[:, None].shape)
print(v[0, 1])
