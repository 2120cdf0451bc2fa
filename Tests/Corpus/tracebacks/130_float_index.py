xs = [1]
v = xs[1.5]
