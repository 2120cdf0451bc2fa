x = 0
y = 0
assert y and x > 1  # c
