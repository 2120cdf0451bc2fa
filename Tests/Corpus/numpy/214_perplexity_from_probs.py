import numpy as np
probs = np.array([0.25, 0.5, 0.125, 0.125])
nll = -np.log(probs)
print(nll)
print(nll.mean())
print(np.exp(nll.mean()))
print(2 ** (-np.log2(probs).mean()))
print(np.exp(-np.sum(np.log(probs)) / len(probs)))
