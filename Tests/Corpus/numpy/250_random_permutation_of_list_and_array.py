import numpy as np
np.random.seed(5)
print(np.random.permutation(["a", "b", "c", "d"]).tolist())
print(np.random.permutation([0.5, 1.5, 2.5]))
arr = np.arange(5)
p = np.random.permutation(arr)
print(arr, p)
lst = [10, 20, 30, 40]
np.random.shuffle(lst)
print(lst)
