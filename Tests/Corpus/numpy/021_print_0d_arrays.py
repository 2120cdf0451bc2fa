import numpy as np
a = np.array(5)
print(a)
print(repr(a))
print(np.array(2.5), repr(np.array(2.5)))
print(np.array(True), repr(np.array(False)))
print(repr(np.array(1.0, dtype=np.float32)))
print(np.array(-0.0), np.array(1e-10), np.array(1e20))
print(repr(np.array(123456789.0)))
