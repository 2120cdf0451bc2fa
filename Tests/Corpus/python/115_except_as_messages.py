attempts = [
    lambda: [1, 2, 3][10],
    lambda: {"a": 1}["b"],
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 5 % 0,
    lambda: 1.0 / 0,
    lambda: int("x"),
    lambda: [].foo,
    lambda: "a" + 1,
    lambda: None + 1,
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, "|", e)
