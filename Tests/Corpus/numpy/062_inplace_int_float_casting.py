import numpy as np
x = np.array([1, 2, 3])
x += 2
print(x)
x = x + 0.5
print(x, x.dtype)
y = np.array([10, 20])
y -= np.array([1, 2])
print(y)
f = np.zeros(3)
f += np.arange(3)
print(f, f.dtype)
f[0] = 7
f[1] = True
print(f)
n = np.zeros(3, dtype=int)
n[0] = 3.9
print(n)
