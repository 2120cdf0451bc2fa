import numpy as np
x = np.linspace(-2, 2, 9)
relu = np.where(x > 0, x, 0)
leaky = np.where(x > 0, x, 0.1 * x)
print(x)
print(relu)
print(leaky)
print(np.clip(x, -1, 1))
print(np.maximum(x, 0) == relu)
