print(1, sep=1)
