import numpy as np
arrays = [np.array(1.5), np.arange(4), np.ones((2, 3)), np.zeros((2, 3, 4), dtype=np.float32), np.array([[True]])]
for a in arrays:
    print(a.shape, a.ndim, a.size, a.dtype, a.itemsize, a.nbytes, len(a) if a.ndim else "-")
print(arrays[1].shape == (4,), arrays[0].shape == ())
