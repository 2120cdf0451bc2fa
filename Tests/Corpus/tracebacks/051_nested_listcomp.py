xs = [1]
y = [[v[0] for v in xs] for w in xs]
