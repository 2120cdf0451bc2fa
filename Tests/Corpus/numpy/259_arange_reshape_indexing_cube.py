import numpy as np
cube = np.arange(27).reshape(3, 3, 3)
print(cube[1])
print(cube[:, 1])
print(cube[:, :, 1])
print(cube[1, 1, 1], cube[-1, -1, -1])
print(cube[::2, ::2, ::2])
print(cube.sum(axis=(1, 2)))
