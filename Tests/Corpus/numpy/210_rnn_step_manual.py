import numpy as np
W_xh = np.array([[0.5, -0.3], [0.2, 0.8]])
W_hh = np.array([[0.1, 0.0], [0.0, 0.1]])
b_h = np.array([0.0, 0.1])
h = np.zeros(2)
inputs = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
for t, x in enumerate(inputs):
    h = np.tanh(x @ W_xh + h @ W_hh + b_h)
    print(t, h)
print(h.shape, round(float(np.linalg.norm(h)), 6))
