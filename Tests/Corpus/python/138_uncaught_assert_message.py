def normalize(xs):
    total = sum(xs)
    assert total != 0, "cannot normalize zeros"
    return [x / total for x in xs]
print(normalize([1, 3]))
print(normalize([0, 0]))
