import numpy as np
np.random.seed(42)
x = np.random.normal(5.0, 2.0, 10000)
print(round(float(x.mean()), 4), round(float(x.std()), 4))
y = np.random.uniform(0, 1, 10000)
print(round(float(y.mean()), 4), round(float(y.min()), 6), round(float(y.max()), 6))
print(np.random.randn(3))
