import numpy as np
a = np.array([1.0, np.nan, 3.0])
print(np.isnan(a).sum())
print(np.nan_to_num(a).astype(int))
idx = int(a[1])
