def f(a):
    return a
y = f(1, c=2)
