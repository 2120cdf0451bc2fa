def gen():
    yield 1
    raise ValueError("boom")
print(sum(x for x in gen()))
