import numpy as np
np.random.seed(0)
print(np.random.choice(5))
print(np.random.choice(10, 4))
print(np.random.choice(10, 4, replace=False))
print(np.random.choice([10, 20, 30, 40], size=6))
print(np.random.choice(4, 5, p=[0.1, 0.2, 0.3, 0.4]))
print(np.random.choice(["red", "green", "blue"], 4).tolist())
