import numpy as np
docs = ["the cat sat", "the dog sat down", "cat cat dog"]
vocab = sorted({w for d in docs for w in d.split()})
index = {w: i for i, w in enumerate(vocab)}
M = np.zeros((len(docs), len(vocab)), dtype=int)
for r, d in enumerate(docs):
    for w in d.split():
        M[r, index[w]] += 1
print(vocab)
print(M)
print(M.sum(axis=0), M.sum(axis=1))
tf = M / M.sum(axis=1, keepdims=True)
print(tf.round(3))
