if (y := 1 / 0):
    pass
