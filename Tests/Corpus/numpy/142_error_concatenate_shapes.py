import numpy as np
a = np.ones((2, 3))
b = np.ones((2, 2))
try:
    np.concatenate([a, b])
except ValueError as e:
    print(e)
try:
    np.concatenate([a, np.ones(3)])
except ValueError as e:
    print(e)
try:
    np.stack([np.ones(2), np.ones(3)])
except ValueError as e:
    print(e)
try:
    np.vstack([a, b])
except ValueError as e:
    print(e)
print(np.concatenate([a, b], axis=1).shape)
