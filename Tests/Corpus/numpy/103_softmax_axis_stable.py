import numpy as np
def softmax(z, axis=-1):
    z = z - z.max(axis=axis, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)
logits = np.array([[2.0, 1.0, 0.1], [1000.0, 1000.0, 1000.0]])
p = softmax(logits)
print(p)
print(p.sum(axis=1))
print(softmax(logits, axis=0))
print(softmax(np.array([0.0])))
