def g(x):
    return int(x)
def f(x):
    return x
y = f(g("z"))
