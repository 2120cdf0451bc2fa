import numpy as np
np.set_printoptions(precision=2, threshold=5, linewidth=20)
print(np.arange(10) / 3)
np.set_printoptions(precision=8, threshold=1000, linewidth=75)
print(np.arange(10) / 3)
opts = np.get_printoptions()
print(opts["precision"], opts["threshold"], opts["linewidth"], opts["suppress"], opts["edgeitems"])
