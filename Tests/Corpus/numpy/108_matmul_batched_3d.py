import numpy as np
a = np.arange(12).reshape(2, 2, 3)
b = np.arange(12).reshape(2, 3, 2)
c = a @ b
print(c.shape)
print(c)
print(np.matmul(a, b)[1])
w = np.ones((3, 4))
print((a @ w).shape)
print((a @ w)[0])
q = np.ones((2, 5, 4))
k = np.ones((2, 5, 4))
print((q @ k.transpose(0, 2, 1)).shape)
