import numpy as np
np.random.seed(1)
x = np.random.normal(size=5)
print(x)
y = np.random.normal(3.0, size=(2, 2))
print(y)
z = np.random.normal(scale=0.1, size=3)
print(z)
