import numpy as np
np.set_printoptions(precision=4, suppress=True)
w = np.array([[0.259496460342, 0.035119026959, 0.705384512698], [1e-9, 0.5, 0.5]])
print(w)
print(w * 100)
np.set_printoptions(precision=2, linewidth=30)
print(np.linspace(0, 1, 10))
print(np.get_printoptions()["precision"], np.get_printoptions()["linewidth"])
