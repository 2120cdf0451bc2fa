import numpy as np
x = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
k = np.array([1.0, 0.0, -1.0])
out = np.array([x[i:i + 3] @ k for i in range(len(x) - 2)])
print(out)
print(len(out) == len(x) - len(k) + 1)
windows = np.stack([x[i:i + 3] for i in range(4)])
print(windows)
print(windows @ k, (windows @ k).max())
