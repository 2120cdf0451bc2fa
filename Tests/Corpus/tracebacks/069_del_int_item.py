x = 5
del x[0]  # c
