tests = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs("x"),
    lambda: sum(["a", "b"]),
    lambda: max(1),
    lambda: min(),
    lambda: int([1]),
    lambda: float(None),
    lambda: ord("ab"),
    lambda: chr("a"),
    lambda: list(5),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
