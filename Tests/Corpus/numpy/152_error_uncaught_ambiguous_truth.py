import numpy as np
preds = np.array([0.2, 0.9, 0.6])
labels = np.array([0, 1, 1])
correct = (preds > 0.5) == labels
print(correct, correct.mean())
if correct:
    print("all correct")
