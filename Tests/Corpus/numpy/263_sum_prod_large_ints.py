import numpy as np
a = np.arange(1, 21)
print(a.sum(), a.prod())
print(np.arange(1, 26).prod())
print(a.cumprod()[-3:])
f = np.arange(1, 21, dtype=float)
print(f.prod(), f.prod() == 2432902008176640000)
print(np.arange(1, 26, dtype=float).prod())
