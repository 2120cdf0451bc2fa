def f(a, b):
    return a + b
def g():
    return f(1,
             "x")
g()
