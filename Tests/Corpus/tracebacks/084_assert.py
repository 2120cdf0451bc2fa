x = 0
assert x > 1, "x too small"
