n = 5
nothing = None
attempts = [
    lambda: 1 + "a",
    lambda: "a" * "b",
    lambda: [1] + (2,),
    lambda: {} + {},
    lambda: 3 - "x",
    lambda: len(5),
    lambda: nothing(),
    lambda: n[0],
    lambda: {[1]: 2},
    lambda: hash([1]),
    lambda: {{1}},
    lambda: "abc" < 3,
    lambda: sorted([1, "a"]),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(e)
