xs = [(1,), ()]
ys = sorted(xs, key=lambda p: p[0])
