import numpy as np
a = np.array([1, 2, 3])
print(a[0] == 1, type(a[0] == 1).__name__)
print(repr(a[0] == 1))
print(a.sum() > 5, repr(a.sum() > 5))
print(bool(np.bool_(True)), np.bool_(True) is True)
print(a.any(), repr(a.all()))
print(np.isnan(np.float64("nan")), repr(np.isnan(1.0)))
print(np.array_equal(a, a), repr(np.allclose(a, a)))
