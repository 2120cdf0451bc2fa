def f():
    try:
        return int("x")
    except ValueError:
        raise
f()
