import numpy as np
np.random.seed(123)
tokens = ["<s>", "hello", "world", "</s>"]
ids = np.random.choice(len(tokens), 10)
print(ids)
print(" ".join(tokens[i] for i in ids))
print(np.random.choice(len(tokens), 3, replace=False, p=[0.1, 0.4, 0.4, 0.1]))
