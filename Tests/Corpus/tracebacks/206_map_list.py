def inv(x):
    return 1 / x
ys = list(map(inv, [1, 0]))
