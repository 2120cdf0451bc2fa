import numpy as np
a = np.array([1, 2, 3])
try:
    if a > 1:
        print("never")
except ValueError as e:
    print(e)
try:
    a > 1 and a < 3
except ValueError as e:
    print(e)
print((a > 1) & (a < 3))
print(bool(np.array([7])), bool(np.array([[0]])))
