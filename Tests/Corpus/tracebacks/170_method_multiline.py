xs = []
xs.index(
    5)
