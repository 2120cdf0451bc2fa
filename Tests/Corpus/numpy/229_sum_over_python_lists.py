import numpy as np
print(np.sum([1, 2, 3]), np.mean([1, 2, 3, 4]))
print(np.max([[1, 5], [7, 2]]), np.max([[1, 5], [7, 2]], axis=0))
print(np.sqrt([1, 4, 9]))
print(np.exp([0, 1]))
print(np.array([[1, 2], [3, 4]]).sum(0), np.array([[1, 2], [3, 4]]).sum(1))
print(np.cumsum([1, 2, 3]), np.argmax([3, 9, 2]))
