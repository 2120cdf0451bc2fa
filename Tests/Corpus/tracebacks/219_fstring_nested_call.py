def f(x):
    return x.foo
s = f"{f(1)}"
