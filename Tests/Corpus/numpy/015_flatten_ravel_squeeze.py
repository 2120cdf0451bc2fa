import numpy as np
a = np.array([[1, 2, 3], [4, 5, 6]])
f = a.flatten()
r = a.ravel()
f[0] = 100
r[1] = 200
print(a)
print(f, r)
print(a.T.flatten(), a.flatten(order="F"))
b = np.zeros((1, 3, 1))
print(b.squeeze().shape, b.squeeze(0).shape, b.squeeze(axis=2).shape)
print(np.squeeze(np.array([[[5]]])), np.squeeze(np.array([[[5]]])).shape)
