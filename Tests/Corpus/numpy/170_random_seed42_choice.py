import numpy as np
np.random.seed(42)
print(np.random.choice(10, 3))
print(np.random.choice(10, 3, replace=False))
print(np.random.choice(5, 8, p=[0.05, 0.05, 0.1, 0.3, 0.5]))
vocab = ["the", "cat", "sat", "on", "mat"]
print([vocab[i] for i in np.random.choice(len(vocab), 6)])
print(np.random.choice(np.array([1.5, 2.5, 3.5]), 2))
