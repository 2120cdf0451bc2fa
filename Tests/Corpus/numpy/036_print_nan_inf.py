import numpy as np
print(np.array([np.nan, 1.0, np.inf, -np.inf]))
print(np.array([np.nan]))
print(repr(np.array([np.inf, 0.5])))
print(np.array([[np.nan, 1.5], [2.25, -np.inf]]))
print(np.array([1e-5, np.nan]))
print(np.array([1e10, np.inf]))
print(np.nan, np.inf, -np.inf)
print(np.array([np.nan, np.nan]).dtype)
