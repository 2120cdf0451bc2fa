def f(a, b):
    return a
f(b=1)
