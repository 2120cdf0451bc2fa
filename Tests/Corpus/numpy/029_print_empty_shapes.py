import numpy as np
print(np.zeros((0,)))
print(np.zeros((2, 0)))
print(repr(np.zeros((2, 0))))
print(np.zeros((0, 3), dtype=int))
print(repr(np.zeros((0, 3), dtype=int)))
print(repr(np.zeros((1, 0, 2))))
print(np.array([[], []]).shape)
