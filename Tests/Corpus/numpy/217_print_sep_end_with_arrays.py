import numpy as np
a = np.array([1, 2])
print(a, a * 2, sep=" | ")
print("first", end=": ")
print(a)
print(*a)
print(*np.array([0.5, 1.5]))
print(a.shape, *a.shape)
