import numpy as np
t = np.array([True, False, True])
print(t + t, (t + t).dtype)
print(t * 3, t * 1.5)
print(t.sum(), t.mean())
print(t & np.array([True, True, False]), t | False, ~t)
print(t ^ True)
print(np.array([1, 2, 3])[t])
print(t.astype(int) - 1)
