import numpy as np
probs = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8], [0.3, 0.4, 0.3]])
labels = np.array([0, 2, 1])
picked = probs[np.arange(len(labels)), labels]
print(picked)
losses = -np.log(picked)
print(losses)
print(losses.mean())
one_hot = np.eye(3)[labels]
print(one_hot)
print(-(one_hot * np.log(probs)).sum(axis=1))
print((probs.argmax(axis=1) == labels).mean())
