import numpy as np
a = np.ones((2, 3))
for axis in [2, -3]:
    try:
        a.sum(axis=axis)
    except np.exceptions.AxisError as e:
        print(e)
try:
    np.concatenate([a, a], axis=2)
except np.exceptions.AxisError as e:
    print(e)
try:
    np.expand_dims(a, 4)
except np.exceptions.AxisError as e:
    print(e)
print(issubclass(np.exceptions.AxisError, ValueError), issubclass(np.exceptions.AxisError, IndexError))
