import numpy as np
a = np.array([3, -1, 4, -1, 5, -9, 2, 6])
mask = a > 0
print(mask)
print(a[mask])
print(a[a < 0])
print(a[(a > 0) & (a % 2 == 0)])
a[a < 0] = 0
print(a)
print(mask.sum(), np.count_nonzero(mask))
m = np.arange(9).reshape(3, 3)
print(m[m % 2 == 1])
print(m[m > 10], m[m > 10].shape)
