import numpy as np
x = np.arange(7)
print(np.array_split(x, 2))
print(x.size % 2)
parts = np.split(x, 2)
