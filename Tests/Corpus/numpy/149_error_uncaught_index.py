import numpy as np
logits = np.array([0.1, 2.3, -0.4])
best = int(np.argmax(logits))
print(best, logits[best])
print(logits[3])
