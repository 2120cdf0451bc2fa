import numpy as np
labels = np.array([0, 2, 1, 3, 2])
num_classes = 4
one_hot = np.eye(num_classes)[labels]
print(one_hot)
alt = np.zeros((labels.size, num_classes))
alt[np.arange(labels.size), labels] = 1
print(np.array_equal(one_hot, alt))
print(one_hot.argmax(axis=1))
print(one_hot.sum(axis=0))
