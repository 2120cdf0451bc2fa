import numpy as np
a = np.arange(6).reshape(2, 3)
v = a.T
print(v.base is a, np.shares_memory(a, v))
r = a.reshape(3, 2)
r[0, 0] = 100
print(a[0, 0])
f = a.flatten()
f[1] = -5
print(a[0, 1], f[1])
c = a.T.copy()
c[0, 0] = 7
print(c)
print(a)
