import numpy as np
try:
    np.array([[1, 2], [3]])
except ValueError as e:
    print(e)
try:
    np.array([[1, 2], [3, 4, 5]], dtype=float)
except ValueError as e:
    print(e)
print(np.array([[1, 2], [3, 4]]).shape)
