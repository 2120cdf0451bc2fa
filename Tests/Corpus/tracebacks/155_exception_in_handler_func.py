def g():
    raise KeyError("a")
def f():
    try:
        g()
    except KeyError:
        return 1 / 0
f()
