xs = [1, 2]
ys = xs[1:"a"]
