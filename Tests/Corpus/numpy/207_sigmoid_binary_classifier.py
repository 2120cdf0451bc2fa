import numpy as np
X = np.array([[0.5, 1.5], [1.0, -1.0], [-2.0, 0.5], [3.0, 2.0]])
w = np.array([0.8, -0.4])
b = 0.1
z = X @ w + b
p = 1 / (1 + np.exp(-z))
print(z)
print(p)
pred = (p > 0.5).astype(int)
y = np.array([0, 1, 0, 1])
print(pred, (pred == y).mean())
loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
print(round(float(loss), 6))
