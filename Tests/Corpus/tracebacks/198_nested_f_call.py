def f(x):
    return x
v = f(f(f(1) + "a"))
