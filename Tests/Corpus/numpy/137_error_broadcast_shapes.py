import numpy as np
a = np.array([1, 2, 3])
b = np.array([1, 2])
try:
    a + b
except ValueError as e:
    print(e)
try:
    np.ones((2, 3)) * np.ones((3, 2))
except ValueError as e:
    print(e)
try:
    np.ones((4, 1, 3)) - np.ones((2, 2))
except ValueError as e:
    print(e)
print((np.ones((4, 1, 3)) - np.ones((2, 1))).shape)
