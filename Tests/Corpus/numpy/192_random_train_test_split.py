import numpy as np
np.random.seed(123)
X = np.arange(20).reshape(10, 2)
y = np.arange(10) % 2
idx = np.random.permutation(len(X))
split = int(0.7 * len(X))
train_idx, test_idx = idx[:split], idx[split:]
print(idx)
print(X[test_idx])
print(y[train_idx], y[test_idx])
