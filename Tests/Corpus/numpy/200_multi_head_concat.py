import numpy as np
np.random.seed(0)
seq, d_model, heads = 3, 4, 2
x = np.random.rand(seq, d_model)
hd = d_model // heads
outs = []
for h in range(heads):
    part = x[:, h * hd:(h + 1) * hd]
    s = part @ part.T / np.sqrt(hd)
    w = np.exp(s - s.max(axis=1, keepdims=True))
    w /= w.sum(axis=1, keepdims=True)
    outs.append(w @ part)
    print(f"head {h}:", w.round(3).tolist())
final = np.concatenate(outs, axis=1)
print(final)
print(final.shape)
