def key(x):
    return x * 2
d = {}
v = d[key(3)]
