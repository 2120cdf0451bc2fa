import numpy as np
print(bool(np.array([5])), bool(np.array([0])))
print(bool(np.array(0.0)), bool(np.array([[3]])))
a = np.array([1, 2])
try:
    if a:
        pass
except ValueError as e:
    print(e)
print(len(a), len(np.zeros((4, 2))))
print(a.any(), a.all(), (a > 1).any(), (a > 1).all())
try:
    len(np.array(5))
except TypeError as e:
    print(e)
