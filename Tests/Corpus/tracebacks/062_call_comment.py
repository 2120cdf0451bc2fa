int("x") # c
