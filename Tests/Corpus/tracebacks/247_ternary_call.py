def f(v):
    return v + 1
r = f("a") if True else 0
