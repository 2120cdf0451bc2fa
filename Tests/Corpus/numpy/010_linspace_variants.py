import numpy as np
print(np.linspace(0, 1, 5))
print(np.linspace(0, 10, 4))
print(np.linspace(-1, 1, 3))
print(np.linspace(0, 1, 5, endpoint=False))
print(np.linspace(2, 3, 1))
print(np.linspace(0, 1, 11))
print(np.linspace(1, 2, 3, dtype=np.float32))
print(np.linspace(0, 100, 7))
