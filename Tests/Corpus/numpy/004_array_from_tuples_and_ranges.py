import numpy as np
print(np.array((1, 2, 3)))
print(np.array([(1, 2), (3, 4)]))
print(np.array(range(5)))
print(np.array([range(3), range(3, 6)]))
print(np.array([x * 0.5 for x in range(4)]))
print(np.array([[1], [2.5]]))
print(np.array([[1, 2]], dtype=np.float32).dtype)
print(np.array([[True, 0], [2, False]]))
