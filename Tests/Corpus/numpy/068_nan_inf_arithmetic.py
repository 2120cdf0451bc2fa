import numpy as np
with np.errstate(divide="ignore", invalid="ignore"):
    a = np.array([1.0, -1.0, 0.0]) / 0.0
print(a)
print(np.isnan(a), np.isinf(a), np.isfinite(a))
b = np.array([1.0, np.nan, 3.0])
print(b.sum(), np.nansum(b), np.nanmean(b), np.nanmax(b))
print(np.nan_to_num(np.array([np.nan, np.inf, -np.inf, 2.0])))
with np.errstate(divide="ignore"):
    print(np.log(np.array([0.0, 1.0])))
print(np.inf - np.inf, np.inf * 0)
