import numpy as np
seqs = [[3, 1, 4], [1, 5], [9, 2, 6, 5, 3]]
maxlen = 4
out = np.zeros((len(seqs), maxlen), dtype=int)
for i, s in enumerate(seqs):
    s = s[-maxlen:]
    out[i, maxlen - len(s):] = s
print(out)
mask = out != 0
print(mask.astype(int))
print(mask.sum(axis=1))
