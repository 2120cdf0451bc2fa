import numpy as np
batch, seq, d_model, heads = 1, 4, 6, 2
x = np.arange(batch * seq * d_model).reshape(batch, seq, d_model)
head_dim = d_model // heads
split = x.reshape(batch, seq, heads, head_dim).transpose(0, 2, 1, 3)
print(split.shape)
print(split[0, 1])
merged = split.transpose(0, 2, 1, 3).reshape(batch, seq, d_model)
print(np.array_equal(merged, x))
print(np.concatenate(np.split(x, heads, axis=-1), axis=-1).shape)
