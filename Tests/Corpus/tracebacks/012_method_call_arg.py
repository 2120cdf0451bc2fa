xs = [1]
n = xs.index(7)
