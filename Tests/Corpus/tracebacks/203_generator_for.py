def gen():
    yield 1
    raise ValueError("done badly")
for x in gen():
    pass
