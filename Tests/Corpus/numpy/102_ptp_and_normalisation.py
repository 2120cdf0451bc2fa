import numpy as np
x = np.array([[2.0, 10.0], [4.0, 30.0], [6.0, 20.0]])
mins, maxs = x.min(axis=0), x.max(axis=0)
print(mins, maxs, np.ptp(x, axis=0))
print((x - mins) / (maxs - mins))
z = (x - x.mean(axis=0)) / x.std(axis=0)
print(z)
print(z.mean(axis=0), z.std(axis=0))
