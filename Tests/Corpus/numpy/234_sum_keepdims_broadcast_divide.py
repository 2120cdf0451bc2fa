import numpy as np
counts = np.array([[3, 1, 0], [2, 2, 4], [0, 0, 5]])
rows = counts.sum(axis=1, keepdims=True)
cols = counts.sum(axis=0, keepdims=True)
print(counts / rows)
print(counts / cols)
print((counts / counts.sum()).round(4))
