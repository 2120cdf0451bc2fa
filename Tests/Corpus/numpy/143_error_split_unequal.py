import numpy as np
a = np.arange(10)
try:
    np.split(a, 3)
except ValueError as e:
    print(e)
print([len(p) for p in np.array_split(a, 3)])
try:
    np.zeros((2, 2)) @ 3
except ValueError as e:
    print(e)
