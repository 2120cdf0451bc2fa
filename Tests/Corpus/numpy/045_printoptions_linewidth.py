import numpy as np
a = np.arange(20)
np.set_printoptions(linewidth=40)
print(a)
print(np.linspace(0, 1, 8))
np.set_printoptions(linewidth=120)
print(np.arange(40))
np.set_printoptions(linewidth=75)
print(np.arange(40))
