import numpy as np
m = np.zeros((2, 3))
m[:] = [1, 2, 3]
print(m)
m[:, :] = [[5], [6]]
print(m)
try:
    m[0] = [1, 2]
except ValueError as e:
    print(e)
m[...] = 0
print(m)
