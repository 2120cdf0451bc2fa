if True:
    print(1 / 0)
