cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.5 % 0", lambda: 1.5 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
]
for label, expr in cases:
    try:
        expr()
    except ZeroDivisionError as e:
        print(f"{label:14} -> {e}")
