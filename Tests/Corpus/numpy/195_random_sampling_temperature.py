import numpy as np
np.random.seed(42)
logits = np.array([2.0, 1.0, 0.5, 0.1])
for t in [0.5, 1.0, 2.0]:
    p = np.exp(logits / t)
    p /= p.sum()
    sample = np.random.choice(len(logits), 8, p=p)
    print(t, np.round(p, 3), sample)
