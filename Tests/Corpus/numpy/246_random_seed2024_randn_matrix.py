import numpy as np
np.random.seed(2024)
W = np.random.randn(3, 4)
print(W)
print(W.T @ W)
print(np.round(W.std(axis=1), 5))
