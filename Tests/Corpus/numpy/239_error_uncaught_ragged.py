import numpy as np
rows = [[1, 2, 3], [4, 5, 6]]
print(np.array(rows))
rows.append([7, 8])
print(len(rows))
m = np.array(rows)
