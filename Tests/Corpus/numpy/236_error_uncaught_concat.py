import numpy as np
h1 = np.ones((2, 3))
h2 = np.ones((2, 4))
print(np.concatenate([h1, h2], axis=1).shape)
print(np.concatenate([h1, h1]).shape)
np.concatenate([h1, h2], axis=0)
