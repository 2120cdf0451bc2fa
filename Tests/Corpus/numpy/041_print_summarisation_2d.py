import numpy as np
a = np.arange(2000).reshape(40, 50)
print(a)
b = np.arange(1200).reshape(2, 600)
print(b)
c = np.ones((1001, 1))
print(c)
