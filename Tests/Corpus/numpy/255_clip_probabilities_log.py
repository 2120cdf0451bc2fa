import numpy as np
p = np.array([0.0, 1e-20, 0.5, 1.0])
eps = 1e-7
clipped = np.clip(p, eps, 1 - eps)
print(clipped)
print(np.log(clipped))
print(-np.log(clipped).mean())
print(np.clip(np.array([-5, 0, 5]), -1, 1).dtype)
