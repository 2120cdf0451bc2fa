d = dict(1)
