xs = [1]
xs[0] += "a"  # c
