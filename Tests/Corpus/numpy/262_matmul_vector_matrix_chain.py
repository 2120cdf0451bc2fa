import numpy as np
x = np.array([1.0, -1.0])
W1 = np.array([[1.0, 2.0, 0.0], [0.5, -1.0, 1.0]])
W2 = np.array([[1.0], [0.0], [-2.0]])
h = np.tanh(x @ W1)
out = h @ W2
print(h)
print(out, out.shape)
print((x @ W1 @ W2).item())
print(np.dot(np.dot(x, W1), W2))
