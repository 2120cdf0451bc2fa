import numpy as np
a = np.linspace(0, 1, 18).reshape(3, 6)
print(repr(a))
b = np.arange(-10, 10).reshape(2, 10) * 1.5
print(repr(b))
