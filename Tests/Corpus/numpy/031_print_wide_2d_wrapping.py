import numpy as np
a = np.arange(40).reshape(2, 20)
print(a)
b = np.linspace(0, 1, 24).reshape(2, 12)
print(b)
print(repr(a))
c = np.arange(30).reshape(3, 10) * 12345
print(c)
