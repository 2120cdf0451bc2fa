import numpy as np
print(np.arange(30))
print(np.arange(100))
print(np.arange(25) * 1000)
print(np.linspace(0, 1, 20))
print(repr(np.arange(30)))
print(repr(np.linspace(0, 1, 12)))
