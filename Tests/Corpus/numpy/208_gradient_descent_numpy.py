import numpy as np
X = np.array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0], [1.0, 4.0]])
y = np.array([3.0, 5.0, 7.0, 9.0])
theta = np.zeros(2)
lr = 0.05
for step in range(1, 501):
    grad = X.T @ (X @ theta - y) / len(y)
    theta -= lr * grad
    if step in (1, 10, 100, 500):
        mse = np.mean((X @ theta - y) ** 2)
        print(step, theta, round(float(mse), 8))
