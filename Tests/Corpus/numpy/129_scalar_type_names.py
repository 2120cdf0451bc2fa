import numpy as np
a = np.array([1, 2, 3])
f = np.array([1.0, 2.0])
print(type(a[0]).__name__, type(f[0]).__name__)
print(type(a.sum()).__name__, type(f.sum()).__name__)
print(type(a.mean()).__name__, type((a > 1)[0]).__name__)
print(type(a.tolist()[0]).__name__, type(f.item(0)).__name__)
print(type(np.float32(1)).__name__, type(np.float32(1) + 1).__name__)
print(isinstance(f[0], float), isinstance(a[0], int))
