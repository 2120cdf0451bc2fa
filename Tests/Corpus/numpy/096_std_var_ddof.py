import numpy as np
x = np.array([2, 4, 4, 4, 5, 5, 7, 9])
print(x.std(), x.var())
print(x.std(ddof=1), x.var(ddof=1))
print(np.std([1.0, 2.0, 3.0, 4.0]))
print(np.var(np.array([[1, 2], [3, 4]]), axis=0))
print(np.array([5.0]).std(), np.array([1e9, 1e9 + 1]).std())
