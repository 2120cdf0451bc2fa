import numpy as np
x = np.array([[1.0, 2.0, 3.0], [0.0, -1.0, 0.5]])
W = np.array([[0.1, 0.2], [0.3, -0.4], [0.5, 0.6]])
b = np.array([0.01, -0.02])
z = x @ W + b
print(z)
print(z.shape)
a = np.maximum(z, 0)
print(a)
grad_W = x.T @ np.ones_like(z)
print(grad_W)
print(W.size + b.size, "parameters")
