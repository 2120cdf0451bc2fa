import numpy as np
a = np.array([1.5, 2.5])
try:
    a.astype(int).reshape(3)
except ValueError as e:
    print(e)
try:
    np.zeros((2, 2))[0] = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    np.linspace(0, 1, -1)
except ValueError as e:
    print(e)
