import numpy as np
weights = np.array([0.2, 0.3, 0.5])
values = np.array([[5], [0], [-3]])
print(weights @ values)
scores = np.array([1, 2, 3, 4])
print(scores * weights)
