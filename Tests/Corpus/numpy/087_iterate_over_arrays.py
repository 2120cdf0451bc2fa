import numpy as np
m = np.array([[1, 2], [3, 4], [5, 6]])
for row in m:
    print(row, row.sum())
for x in m[:, 1]:
    print(x, end=" ")
print()
for i, (a, b) in enumerate(m):
    print(i, a * b)
for v in np.nditer(m[:2]):
    print(int(v), end=",")
print()
print([list(r) for r in m.T])
