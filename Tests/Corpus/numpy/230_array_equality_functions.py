import numpy as np
a = np.array([1, 2, 3])
print(np.array_equal(a, [1, 2, 3]), np.array_equal(a, [1, 2]))
print(np.equal(a, 2), np.not_equal(a, 2))
print(np.greater(a, 1), np.less_equal(a, 2))
print(np.logical_and(a > 1, a < 3), np.logical_or(a < 2, a > 2))
print(np.logical_not(a == 2), np.logical_xor(a > 1, a > 2))
print((a == a).all(), np.all(a == np.array([1, 2, 3])))
