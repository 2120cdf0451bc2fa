import numpy as np
emb = np.array([[1.0, 0.0, 1.0], [0.5, 0.5, 1.0], [0.0, 1.0, 0.0], [1.0, 0.0, 0.9]])
unit = emb / np.linalg.norm(emb, axis=1, keepdims=True)
sim = unit @ unit.T
print(np.round(sim, 4))
np.fill_diagonal(sim, -1)
print(sim.argmax(axis=1))
print(np.round(sim.max(axis=1), 4))
