import numpy as np
a = np.array([1, 2, 3], dtype=np.int32)
print((a + 1).dtype, (a + np.int64(1)).dtype, (a + np.array([1])).dtype, (a + 1.5).dtype)
print((a + np.float32(1)).dtype, (a / 2).dtype, (a * True).dtype, (a // 2).dtype, (a ** 2).dtype)
print(a > 3000000000, a < 3000000000, a == -3000000000, a >= 2)
print(np.maximum(a, 2), np.clip(a, 0, 2), np.where(a > 1, a, 0))
try:
    a + 3000000000
except OverflowError as e:
    print("OverflowError:", e)
try:
    np.array([1, 2**31], dtype=np.int32)
except OverflowError as e:
    print("OverflowError:", e)
try:
    np.int32(-2**31 - 1)
except OverflowError as e:
    print("OverflowError:", e)
print(repr(np.int32(7) // np.int32(2)), repr(-np.int32(5)), repr(np.int32(5) * 1.5), repr(np.int32(5) + 1))
print(repr(np.array([5], dtype=np.int32)[0] + np.int64(1)), type(np.int32(3) + 1).__name__)
print(np.iinfo(np.int32).max, np.iinfo(np.int32).min, np.iinfo("int32").bits, np.iinfo(np.int64).bits)
print(np.dtype("i4"), np.dtype("intc"), np.dtype("i4").kind, np.dtype("i4").char, np.dtype(np.int32).itemsize)
print(a.dtype == np.int32, a.dtype == "int32", a.dtype == np.int64, np.intc)
print(isinstance(np.int32(1), np.integer), isinstance(np.int32(1), np.signedinteger))
