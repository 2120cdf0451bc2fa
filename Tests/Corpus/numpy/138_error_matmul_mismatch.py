import numpy as np
a = np.ones((2, 3))
b = np.ones((2, 3))
try:
    a @ b
except ValueError as e:
    print(e)
try:
    np.dot(a, b)
except ValueError as e:
    print(e)
try:
    np.ones(3) @ np.ones(4)
except ValueError as e:
    print(e)
try:
    np.matmul(np.ones((2, 2, 3)), np.ones((3, 2, 4)))
except ValueError as e:
    print(e)
print((a @ b.T).shape)
