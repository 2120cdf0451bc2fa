x = 0
assert x, "m"  # c
