import numpy as np
for v in [0.1, 1 / 3, 2.5, 1e-8, 16777217.0, 1e20]:
    f = np.float32(v)
    print(f, repr(f), float(f))
print(np.float32(0.1) == 0.1, np.float64(0.1) == 0.1)
