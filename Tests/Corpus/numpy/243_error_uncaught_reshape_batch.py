import numpy as np
images = np.zeros((5, 4, 4))
flat = images.reshape(5, -1)
print(flat.shape)
print(images.reshape(-1, 16).shape)
images.reshape(4, 4, 4)
