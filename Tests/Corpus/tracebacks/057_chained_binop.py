x = [1] * 3 + None
