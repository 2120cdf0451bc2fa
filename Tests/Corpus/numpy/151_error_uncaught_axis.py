import numpy as np
probs = np.array([[0.2, 0.8], [0.6, 0.4]])
print(probs.argmax(axis=1))
print(probs.sum(axis=-1))
print(probs.sum(axis=2))
