import numpy as np
i = np.int64(2) ** 62
print(i)
print(np.int64(10) / np.int64(4), np.int64(10) // np.int64(4), np.int64(-7) % np.int64(3))
with np.errstate(over="ignore"):
    print(np.float64(1e308) * 10)
print(np.float32(3.4e38) * np.float32(1.0))
print(np.int32(5) + np.int32(6), type(np.int32(5) + np.int32(6)).__name__)
print(np.float64(-0.0), np.float64(0.0) == np.float64(-0.0))
