import numpy as np
y_true = np.array([0, 1, 2, 2, 1, 0, 1, 2])
y_pred = np.array([0, 2, 2, 2, 1, 0, 0, 1])
k = 3
cm = np.zeros((k, k), dtype=int)
for t, p in zip(y_true, y_pred):
    cm[t, p] += 1
print(cm)
print(np.trace(cm) / cm.sum())
precision = np.diag(cm) / cm.sum(axis=0)
recall = np.diag(cm) / cm.sum(axis=1)
print(precision.round(3), recall.round(3))
