v = int(1, 2, 3)
