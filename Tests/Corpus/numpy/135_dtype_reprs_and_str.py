import numpy as np
print(np.dtype("float64"), repr(np.dtype("float64")))
print(repr(np.dtype(np.int32)), repr(np.dtype(bool)))
print(np.array([1.0]).dtype == "float64", np.array([1]).dtype == np.int64)
print(np.float64.__name__, np.float32.__name__, np.int64.__name__)
print(np.array([1.5]).astype("float32").dtype, np.zeros(2, dtype="int32").dtype)
print(np.dtype("float32").itemsize, np.dtype(np.float64).kind)
