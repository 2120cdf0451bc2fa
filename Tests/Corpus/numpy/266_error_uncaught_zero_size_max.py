import numpy as np
scores = np.array([0.2, 0.9, 0.4])
kept = scores[scores > 0.5]
print(kept, kept.max())
kept = scores[scores > 0.95]
print(kept, kept.shape)
print(kept.max())
