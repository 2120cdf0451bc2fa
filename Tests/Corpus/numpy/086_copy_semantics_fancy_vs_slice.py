import numpy as np
base = np.arange(6)
s = base[1:4]
f = base[[1, 2, 3]]
m = base[base > 2]
s[0] = -1
f[1] = -2
m[0] = -3
print(base)
print(s, f, m)
print(s.base is base, f.base is None)
print(np.shares_memory(base, s), np.shares_memory(base, f))
