import numpy as np
m = np.array([2**31 - 1, -2**31], dtype=np.int32)
print(m + 1, m - 1, m * 2, -m, np.abs(m))
print(m // -1, np.array([-7, 7], dtype=np.int32) % 3, np.array([2], dtype=np.int32) ** 31)
print(np.array([65536], dtype=np.int32) * np.array([65536], dtype=np.int32))
print(np.array([3e9, -3e9, 2.7, -2.7, 1e20]).astype(np.int32))
print(np.array([2**31, 2**32 + 5, -2**31 - 1]).astype(np.int32))
print(np.array([1.5, -1.5], dtype=np.float32).astype(np.int32), np.array([0, 3], dtype=np.int32).astype(bool))
print(np.array([1, 2], dtype=np.int32).astype(np.float32) / 3, np.array([True, False]).astype(np.int32))
print(np.arange(2**31 - 2, 2**31 + 1, dtype=np.int32))
print(np.arange(0, 2, 0.5, dtype=np.int32), np.arange(5, dtype="i4"), np.zeros(3, dtype=np.int32))
print(repr(np.ones((2, 2), dtype="int32")), repr(np.array([], dtype=np.int32)))
b = np.array([[5, -3], [100000, 7]], dtype=np.int32)
print(b)
print(repr(b), b.tolist(), b[1, 0], repr(b[1, 0]), b.itemsize, b.nbytes)
print(~np.array([0, 5], dtype=np.int32), np.floor(b).dtype, np.sqrt(np.array([4], dtype=np.int32)))
print(np.round(np.array([15, 25], dtype=np.int32), -1), np.sign(b), np.square(b[0]))
c = np.zeros(2, dtype=np.int32)
c += 5
c[0] = 2**31 - 1
c += np.array([1, 1])
print(c, c.dtype)
try:
    c += 1.5
except TypeError as e:
    print("TypeError:", e)
