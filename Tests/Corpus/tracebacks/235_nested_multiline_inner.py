def f(x):
    return x
def g(x):
    return x / 0
y = f(
    g(1),
)
