import numpy as np
a = np.array([[0.25, -0.5], [-1.75, 2.0], [3.125, -4.0]])
print(a)
print(-a)
print(a.T)
print(a * 1e-3)
print(a * 1e5)
