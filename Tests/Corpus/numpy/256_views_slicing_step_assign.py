import numpy as np
a = np.zeros(10, dtype=int)
a[::2] = 1
a[1::2] = np.arange(5) * 10
print(a)
a[-3:] = -1
print(a)
a[a == 0] = 99
print(a)
b = a[::-1]
b[0] = 555
print(a[-1])
