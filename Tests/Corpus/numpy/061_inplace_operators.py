import numpy as np
a = np.array([1.0, 2.0, 3.0])
b = a
a += 1
print(a, b, a is b)
a *= 2
print(b)
a /= 4
print(a)
i = np.array([1, 2, 3])
i *= 3
print(i)
try:
    i /= 2
except TypeError as e:
    print(isinstance(e, TypeError), e)
i //= 2
print(i, i.dtype)
