import numpy as np
try:
    np.ones((10 ** 6, 10 ** 6))
except MemoryError as e:
    print(isinstance(e, MemoryError), e)
print(np.zeros((3, 0)).shape)
np.zeros((100000, 100000, 100))
