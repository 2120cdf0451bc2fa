import numpy as np
m = np.zeros((4, 3))
m[0] = 1
m[1, :] = [1, 2, 3]
m[2:, 1] = -1
m[-1, -1] = 9.5
print(m)
m[:, 0] += 10
print(m)
m[m == 0] = np.nan
print(m)
