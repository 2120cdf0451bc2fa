import numpy as np
vocab_vectors = np.arange(12).reshape(4, 3)
ids = np.array([0, 3, 1])
print(vocab_vectors[ids])
ids = np.array([0, 4])
print(vocab_vectors[ids])
