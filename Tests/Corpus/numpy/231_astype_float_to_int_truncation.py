import numpy as np
x = np.array([-2.9, -0.1, 0.1, 2.9, 3.5])
print(x.astype(int))
print(np.round(x).astype(int))
print(np.floor(x).astype(int), np.ceil(x).astype(int))
print(np.rint(x))
print((x * 10).astype(np.int64))
print(np.array([0.1 + 0.2]).astype(np.float32)[0])
