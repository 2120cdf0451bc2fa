import numpy as np
np.random.seed(3)
words = ["the", "cat", "sat", "on", "mat", "."]
trans = np.random.rand(len(words), len(words))
trans /= trans.sum(axis=1, keepdims=True)
current = 0
out = [words[current]]
for _ in range(7):
    current = np.random.choice(len(words), p=trans[current])
    out.append(words[current])
print(" ".join(out))
print(np.round(trans[0], 3))
