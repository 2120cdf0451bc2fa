import numpy as np
X = np.array([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5], [-2.0, 4.0]])
y = np.array([1, 0, 1, 0])
print(X[y == 1])
print(X[y == 0].mean(axis=0))
keep = X.min(axis=1) > 0
print(keep, X[keep])
print(X[:, X.sum(axis=0) > 3])
