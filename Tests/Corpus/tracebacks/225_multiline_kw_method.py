xs = [3, 1]
ys = (xs
      .sort(key=1))
