ok = any(x > "a" for x in [1])
