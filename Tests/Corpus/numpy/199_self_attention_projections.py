import numpy as np
X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
W_q = np.array([[1.0, 0.5], [0.0, 1.0]])
W_k = np.array([[0.5, 0.0], [1.0, 0.5]])
W_v = np.array([[1.0, 1.0], [0.0, 2.0]])
Q, K, V = X @ W_q, X @ W_k, X @ W_v
scores = Q @ K.T / np.sqrt(K.shape[1])
weights = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
print(Q)
print(scores)
print(weights)
print(weights @ V)
