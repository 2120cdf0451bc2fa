import numpy as np
m = np.zeros((3, 2))
m[0] = [1, 2]
m[1:, :] = 7
print(m)
m[2] = [1, 2, 3]
