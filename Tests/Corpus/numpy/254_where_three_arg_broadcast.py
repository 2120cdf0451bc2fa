import numpy as np
scores = np.array([[0.9, 0.2], [0.4, 0.7]])
labels = np.where(scores > 0.5, 1, 0)
print(labels)
print(np.where(scores > 0.5, scores, -scores))
print(np.where(scores > 0.5, [10, 20], [[-1], [-2]]))
print(np.where(np.array([True, False, True]), 1.5, 2))
