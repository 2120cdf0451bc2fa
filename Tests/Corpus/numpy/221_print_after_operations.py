import numpy as np
a = np.arange(6).reshape(2, 3)
print(a / 3)
print(a * 1.0)
print(a / 2)
print(np.sqrt(a))
print(a - 2.5)
print(a ** 2 / 100)
