import numpy as np
cases = [
    lambda: np.ones(3) + np.ones(4),
    lambda: np.arange(6).reshape(5),
    lambda: np.ones((2, 2)) @ np.ones((3, 3)),
    lambda: np.zeros(4)[4],
    lambda: np.zeros((2, 2)).sum(axis=3),
]
for case in cases:
    try:
        case()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, "|", e)
