import numpy as np
np.random.seed(2024)
print(np.random.uniform(-1, 1, 5))
print(np.random.normal(2, 3, (2, 2)))
cards = list("ABCDEF")
np.random.shuffle(cards)
print(cards)
