import numpy as np
vocab_size, dim = 6, 3
table = np.arange(vocab_size * dim).reshape(vocab_size, dim) / 10
token_ids = np.array([[1, 4, 0], [5, 5, 2]])
embedded = table[token_ids]
print(embedded.shape)
print(embedded[0])
print(embedded[1, -1])
print(table[[3]], table[3].shape, table[[3]].shape)
