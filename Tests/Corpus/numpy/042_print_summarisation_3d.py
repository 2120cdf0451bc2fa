import numpy as np
a = np.arange(1100).reshape(11, 10, 10)
print(a)
small = np.arange(1000).reshape(10, 10, 10)
print(small[0, :2])
print(a.size > 1000, small.size > 1000)
