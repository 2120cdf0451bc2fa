import numpy as np
a = np.arange(6)
try:
    a.reshape(4)
except ValueError as e:
    print(e)
try:
    a.reshape(4, -1)
except ValueError as e:
    print(e)
try:
    a.reshape(-1, -1)
except ValueError as e:
    print(e)
try:
    np.zeros((2, 3)).reshape((5, 2))
except ValueError as e:
    print(e)
print(a.reshape(3, 2).shape)
