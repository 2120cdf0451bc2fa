import numpy as np
m = np.array([[1.0, -2.0], [3.0, 4.0]])
for order in [None, "fro", 1, -1, np.inf, -np.inf]:
    print(order, np.linalg.norm(m, ord=order), np.linalg.norm(m, ord=order, keepdims=True))
v = np.array([3, -4, 0])
for order in [None, 0, 1, 2, 3, np.inf, -np.inf, 0.5]:
    print(order, np.linalg.norm(v, ord=order))
c = np.arange(24.0).reshape(2, 3, 4) - 10
print(np.linalg.norm(c, axis=(0, 2)), np.linalg.norm(c, ord=1, axis=(0, 2)), np.linalg.norm(c, ord=np.inf, axis=(2, 0), keepdims=True))
print(np.linalg.norm(c, axis=-1), np.linalg.norm(c, ord=1, axis=(2, 1)), np.linalg.norm(c, ord=-np.inf, axis=(1, 2)))
print(np.linalg.norm(c))
for bad in [(v, "fro"), (v, "nuc"), (m, "x"), (m, 3), (c, 1)]:
    try:
        np.linalg.norm(bad[0], ord=bad[1])
    except ValueError as e:
        print("ValueError:", e)
