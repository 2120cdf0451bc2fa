import numpy as np
x = np.array([[1.0, 50.0], [2.0, 60.0], [3.0, 70.0], [4.0, 80.0]])
mu = x.mean(axis=0)
var = x.var(axis=0)
x_hat = (x - mu) / np.sqrt(var + 1e-3)
print(mu, var)
print(x_hat)
print(x_hat.mean(axis=0).round(10), x_hat.std(axis=0))
