del x  # c
