import numpy as np
np.random.seed(42)
W1 = np.random.randn(3, 4) * 0.01
b1 = np.zeros((1, 4))
W2 = np.random.randn(4, 2) * np.sqrt(2 / 4)
print(W1)
print(b1)
print(W2)
x = np.random.rand(2, 3)
print(np.maximum(0, x @ W1 + b1) @ W2)
