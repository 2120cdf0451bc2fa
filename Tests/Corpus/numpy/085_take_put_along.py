import numpy as np
a = np.array([[10, 30, 20], [60, 40, 50]])
order = np.argsort(a, axis=1)
print(order)
print(np.take_along_axis(a, order, axis=1))
print(np.take(a, [0, 2]))
print(np.take(a, [0, 2], axis=1))
best = np.argmax(a, axis=1)
print(best, a[np.arange(2), best])
