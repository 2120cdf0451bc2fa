ys = sorted([1, "a"])
