x = 0
assert x > 1
