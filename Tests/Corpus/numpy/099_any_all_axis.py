import numpy as np
m = np.array([[True, False, True], [True, True, True]])
print(m.any(), m.all())
print(m.any(axis=0), m.all(axis=0))
print(m.all(axis=1), np.all(m, axis=-1))
x = np.array([[0, 1], [0, 0]])
print(np.any(x), np.any(x, axis=1), np.all(x == 0, axis=0))
print(np.any([]), np.all([]))
