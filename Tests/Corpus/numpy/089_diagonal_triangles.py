import numpy as np
m = np.arange(1, 10).reshape(3, 3)
print(np.diag(m), np.trace(m))
print(np.diag([1, 2, 3]))
print(np.triu(m))
print(np.tril(m, -1))
mask = np.triu(np.ones((4, 4), dtype=bool), k=1)
print(mask)
scores = np.zeros((4, 4))
scores[mask] = -np.inf
print(scores)
