import numpy as np
x = np.linspace(-1, 1, 5)
print(x)
x[x < 0] *= -1
print(x)
y = np.arange(6).reshape(2, 3)
y[y > 2] = -y[y > 2]
print(y)
z = np.array([1.0, np.nan, 3.0, np.nan])
z[np.isnan(z)] = 0
print(z)
grid = np.zeros((3, 3))
grid[np.eye(3, dtype=bool)] = [1, 2, 3]
print(grid)
