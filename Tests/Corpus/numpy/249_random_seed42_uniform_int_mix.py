import numpy as np
np.random.seed(42)
for _ in range(3):
    print(np.random.randint(0, 6), np.random.uniform(), np.random.randn())
print(np.random.rand(2))
