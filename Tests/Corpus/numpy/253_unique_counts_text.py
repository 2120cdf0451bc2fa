import numpy as np
text = "to be or not to be that is the question"
words = text.split()
vocab = sorted(set(words))
ids = np.array([vocab.index(w) for w in words])
print(ids)
vals, counts = np.unique(ids, return_counts=True)
print(vals, counts)
top = vals[np.argsort(-counts, kind="stable")][:3]
print([vocab[i] for i in top])
print(np.bincount(ids))
