import numpy as np
a = np.array([1, 2, 3])
try:
    a[5]
except IndexError as e:
    print(e)
try:
    a[-4]
except IndexError as e:
    print(e)
m = np.zeros((2, 3))
try:
    m[1, 3]
except IndexError as e:
    print(e)
try:
    m[0, 0, 0]
except IndexError as e:
    print(e)
try:
    a[[0, 7]]
except IndexError as e:
    print(e)
print(a[5:], m[5:].shape)
