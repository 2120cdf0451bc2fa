import numpy as np
b = np.arange(12).reshape(2, 3, 2) % 3 == 0
print(b)
i = np.arange(-6, 6).reshape(3, 2, 2)
print(i)
print(repr(b[0]))
