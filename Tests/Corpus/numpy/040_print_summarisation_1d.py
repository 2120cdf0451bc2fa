import numpy as np
print(np.arange(1000))
print(np.arange(1001))
print(np.arange(2000) * 0.5)
print(repr(np.arange(1500)))
print(np.zeros(1001))
