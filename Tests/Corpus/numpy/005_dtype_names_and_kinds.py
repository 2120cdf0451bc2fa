import numpy as np
arrays = [np.array([1]), np.array([1.0]), np.array([True]), np.array([1], dtype=np.float32), np.array([1], dtype=np.int32)]
for a in arrays:
    print(a.dtype, a.dtype.name, a.dtype.kind, a.dtype.itemsize, repr(a))
print(np.dtype("float64") == np.float64)
print(np.float32 == np.dtype("float32"))
