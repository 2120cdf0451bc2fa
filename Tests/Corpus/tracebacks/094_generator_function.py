def gen():
    yield 1
    yield 1 / 0
xs = list(gen())
