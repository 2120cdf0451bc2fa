for y in map(lambda x: 1 / x, [0]):
    pass
