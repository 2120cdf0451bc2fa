pairs = [(1, "a"), (2,)]
pairs.sort(key=lambda p: p[1])
