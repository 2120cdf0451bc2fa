import numpy as np
emb = np.array([[0.0, 0.0], [1.0, 2.0], [3.0, 1.0], [-1.0, 0.5]])
batch = np.array([[1, 2, 0], [3, 3, 1]])
vecs = emb[batch]
mask = (batch != 0)[..., None]
summed = (vecs * mask).sum(axis=1)
avg = summed / mask.sum(axis=1)
print(vecs.shape)
print(summed)
print(avg)
print(vecs.mean(axis=1))
