import numpy as np
a = np.arange(1, 11)
print(a.mean(), np.median(a))
print(np.median(np.array([3, 1, 2])), np.median(np.array([[1, 5], [3, 2]]), axis=0))
print(np.average(a), np.average(np.array([1, 2, 3]), weights=[3, 1, 0]))
print(np.percentile(a, 50), np.percentile(a, [25, 75]))
print(np.mean(np.array([1, 2, 3, 4], dtype=np.float32) / 3))
