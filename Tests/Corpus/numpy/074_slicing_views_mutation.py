import numpy as np
a = np.arange(10)
view = a[2:6]
view[:] = 0
print(a)
view += 5
print(a)
b = a[::3]
b[0] = 99
print(a, b)
m = np.zeros((3, 3), dtype=int)
m[1] = 7
m[:, 2] = [1, 2, 3]
print(m)
row = m[0]
row[0] = -1
print(m[0])
