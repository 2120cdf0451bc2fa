import numpy as np
print(np.array([True, False]))
print(np.array([False, False, True]))
print(repr(np.array([True, False])))
print(np.array([1, 2, 3]) > 2)
print(np.array([[True, False], [False, True]]))
print(repr(np.array([[True], [False]])))
