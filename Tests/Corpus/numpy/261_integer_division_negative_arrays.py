import numpy as np
a = np.array([-7, -3, 0, 3, 7])
print(a // 2, a % 2)
print(a // -2, a % -2)
print(np.fmod(a, 2), np.remainder(a, 2))
print(np.divmod(a, 3))
print(np.floor_divide(a, 4), np.true_divide(a, 4))
print(np.abs(a), np.negative(a))
