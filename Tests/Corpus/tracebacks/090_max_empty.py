m = max([])
