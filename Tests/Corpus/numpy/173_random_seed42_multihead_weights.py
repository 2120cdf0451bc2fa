import numpy as np
np.random.seed(42)
num_heads, head_dim = 2, 1
weights = [
    (np.random.rand(head_dim, head_dim), np.random.rand(head_dim, head_dim), np.random.rand(head_dim, head_dim))
    for _ in range(num_heads)
]
for h, (W_q, W_k, W_v) in enumerate(weights):
    print(h, W_q, W_k, W_v)
print(np.random.rand(3, 3))
