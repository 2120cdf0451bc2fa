import numpy as np
try:
    np.ones(3).T[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    np.zeros(3)["a"]
except IndexError as e:
    print(type(e).__name__, e)
try:
    np.ones(3)[1.5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    np.ones((2, 3))[:, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    np.zeros((2, 2)).reshape(2, 2, 2)
except ValueError as e:
    print(e)
