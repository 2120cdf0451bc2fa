import numpy as np
words = ["king", "queen", "man", "woman", "apple"]
E = np.array([[0.9, 0.8, 0.1], [0.9, 0.1, 0.8], [0.5, 0.9, 0.0], [0.5, 0.1, 0.9], [0.0, 0.2, 0.1]])
target = E[0] - E[2] + E[3]
sims = E @ target / (np.linalg.norm(E, axis=1) * np.linalg.norm(target))
print(np.round(sims, 4))
order = np.argsort(-sims)
print([words[i] for i in order])
