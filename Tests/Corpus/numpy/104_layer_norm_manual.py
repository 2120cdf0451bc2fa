import numpy as np
x = np.array([[1.0, 2.0, 3.0, 4.0], [2.0, 2.0, 2.0, 6.0]])
eps = 1e-5
mean = x.mean(axis=-1, keepdims=True)
var = x.var(axis=-1, keepdims=True)
normed = (x - mean) / np.sqrt(var + eps)
print(mean.ravel(), var.ravel())
print(normed)
gamma, beta = np.array([1.0, 1.0, 2.0, 2.0]), np.array([0.0, 0.5, 0.0, -0.5])
print(normed * gamma + beta)
