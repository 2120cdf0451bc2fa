import numpy as np
a = np.arange(6)
b = a
c = a.copy()
d = a[1:4]
a[2] = 100
print(b)
print(c)
print(d)
d[0] = -1
print(a)
print(np.shares_memory(a, d), np.shares_memory(a, c))
e = np.array(a)
e[0] = 55
print(a[0], e[0])
