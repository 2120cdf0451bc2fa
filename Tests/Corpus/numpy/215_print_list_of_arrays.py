import numpy as np
arrs = [np.zeros(2), np.ones((2, 2), dtype=int)]
print(arrs)
print(tuple(arrs))
print({"w": np.array([0.5]), "b": np.array(0.0)})
print([np.array([1.0, 2.5]), np.float64(3.0)])
