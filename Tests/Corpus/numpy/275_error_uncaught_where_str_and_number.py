import numpy as np
scores = np.array([0.2, 0.9, 0.4])
print(np.where(scores > 0.5, "high", "low"))
print(np.where(scores > 0.5, "high", 0))
