import numpy as np
scores = np.array([0.1, 0.5, 0.5, 0.2, 0.5, 0.05])
print(np.argsort(scores, kind="stable"))
print(np.argsort(-scores, kind="stable"))
k = 3
topk = np.argsort(scores)[::-1][:k]
print(scores[np.argsort(scores)[-k:]])
words = ["a", "b", "c", "d", "e", "f"]
print([words[i] for i in np.argsort(-scores, kind="stable")[:k]])
print(np.sort(np.array([2.5, np.nan, -1.0, np.inf])))
print(len(topk))
