import numpy as np
x = np.array([1000.0, 1001.0, 1002.0])
with np.errstate(over="ignore", invalid="ignore"):
    naive = np.exp(x) / np.exp(x).sum()
print(naive)
stable = np.exp(x - x.max()) / np.exp(x - x.max()).sum()
print(stable)
print(np.exp(np.array([709.0, -745.0, -746.0])))
logsumexp = x.max() + np.log(np.exp(x - x.max()).sum())
print(logsumexp)
