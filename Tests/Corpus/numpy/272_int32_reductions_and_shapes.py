import numpy as np
a = np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int32)
for name in ["sum", "prod", "max", "min", "mean", "std", "var", "argmax", "argmin"]:
    r = getattr(a, name)()
    print(name, r.dtype, repr(r))
print(repr(a.sum(axis=0)), repr(a.max(axis=1)), repr(a.cumsum()), repr(a.cumprod(axis=1)))
print(repr(np.array([2**31 - 1, 1], dtype=np.int32).sum()))
print(repr(a @ a.T), repr(np.dot(a[0], a[1])), (a @ np.ones((3, 1))).dtype)
print(repr(np.sort(np.array([3, -1, 2], dtype=np.int32))), repr(np.argsort(np.array([3, -1, 2], dtype=np.int32))))
print(repr(np.unique(np.array([3, 1, 3], dtype=np.int32))), repr(np.concatenate([a[0], np.array([7])])))
print(repr(a.T), repr(a.reshape(-1)), repr(a[:, 1:]), repr(a[a > 2]))
print(repr(np.array([10, 20, 30])[np.array([2, 0], dtype=np.int32)]), repr(a[np.int32(1)]))
print(repr(np.stack([a[0], a[1]])), repr(np.array([a[0], a[1]])), repr(np.array([np.int32(1), 2])))
print(repr(np.array([np.int32(1), 2.5])), repr(np.array([np.int32(1), np.float32(2.5)])))
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x[1] = 0
x[:, 0] = np.array([7, 8, 9])
print(x)
print(np.where(x > 5), np.nonzero(x[0]))
