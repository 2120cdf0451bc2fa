x = 1
x.y += 1  # c
