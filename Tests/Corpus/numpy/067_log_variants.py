import numpy as np
x = np.array([1.0, 10.0, 100.0, np.e])
print(np.log(x))
print(np.log10(x))
print(np.log2(np.array([1, 2, 8, 1024])))
print(np.log1p(np.array([0.0, 1e-10])))
print(np.exp(np.log(np.array([3.0]))))
print(np.expm1(np.array([1e-10])))
