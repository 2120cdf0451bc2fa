import numpy as np
tokens = np.arange(10)
print(tokens.reshape(2, 5))
print(tokens.reshape(5, -1).shape)
batch = tokens.reshape(3, -1)
