import numpy as np
x, step = np.linspace(0, 2, 5, retstep=True)
print(x, step)
grid = np.linspace(0, 1, 6).reshape(2, 3)
print(grid)
print(np.linspace(1, 0, 4))
print(np.linspace(0, 1, 3)[:, None] * np.array([1, 10]))
