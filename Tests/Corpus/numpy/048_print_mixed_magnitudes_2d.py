import numpy as np
a = np.array([[1.0, 2.0], [300.0, 4000.5]])
print(a)
b = np.array([[0.001, 2.0], [3.0, 4.0]])
print(b)
c = np.array([[12345.678, 0.1], [1.0, 2.0]])
print(c)
d = np.array([[1.0, -2.0], [3.5, -4000.25]])
print(d)
