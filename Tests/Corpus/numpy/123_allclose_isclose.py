import numpy as np
a = np.array([1.0, 2.0, 3.0])
b = a + 1e-9
print(np.allclose(a, b), np.array_equal(a, b))
print(np.isclose(a, b))
print(np.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(np.allclose([1, 2], [1, 2.1]), np.allclose([1, 2], [1, 2.1], atol=0.2))
print(np.isclose([1e-9, 1e-4], [0, 0]))
print(np.isclose(np.nan, np.nan), np.isclose(np.nan, np.nan, equal_nan=True))
print(np.allclose(np.ones((2, 2)), 1))
