import numpy as np
a = np.zeros(6, dtype=int)
a[[1, 3, 5]] = 7
print(a)
a[[0, 0, 0]] += 1
print(a)
b = np.arange(5)
c = b[[0, 1]]
c[0] = 100
print(b, c)
m = np.zeros((3, 3), dtype=int)
m[[0, 1, 2], [2, 1, 0]] = [1, 2, 3]
print(m)
