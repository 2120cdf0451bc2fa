import numpy as np
a = np.array([1, 2, 3])
b = np.array([10, 20])
print(np.outer(a, b))
print(np.outer(b, a))
print(np.outer(a, a).shape)
print(np.outer([0.5, 1.0], [2, 4]))
print(a[:, None] * b[None, :])
print(np.outer(np.arange(3), np.ones(2, dtype=int)))
