attempts = [
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: int("12a"),
    lambda: float("1,5"),
    lambda: [].remove(1),
    lambda: max([]),
    lambda: "a,b".split(""),
    lambda: range(1, 2, 0),
    lambda: chr(-1),
]
for attempt in attempts:
    try:
        attempt()
    except ValueError as e:
        print(e)
