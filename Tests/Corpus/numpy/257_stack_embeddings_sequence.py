import numpy as np
embedding = {"the": [0.1, 0.2], "cat": [0.9, 0.4], "sat": [0.5, 0.7]}
sentence = ["the", "cat", "sat"]
X = np.array([embedding[w] for w in sentence])
print(X)
print(X.shape, X.dtype)
print(np.stack([np.array(embedding[w]) for w in sentence], axis=1))
print(X.mean(axis=0))
print(X @ X.T)
