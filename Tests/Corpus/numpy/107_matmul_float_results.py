import numpy as np
A = np.array([[0.5, 1.5], [2.0, -1.0]])
B = np.array([[1.0, 2.0], [3.0, 4.0]])
print(A @ B)
print(B @ A)
x = np.array([0.1, 0.2])
print(A @ x)
# A chain whose last step is a two-term dot product whose terms have exact products, so
# its bits do not depend on whether the BLAS kernel fuses the multiply-add (numpy's
# OpenBLAS does for AVX-512 and not for AVX2: with 0.1 and 0.2 the last digit differs).
y = np.array([0.5, 0.25])
print(y @ A @ y)
I = np.eye(2)
print(np.allclose(A @ I, A))
print(np.array([[1e-3, 1.0]]) @ B)
