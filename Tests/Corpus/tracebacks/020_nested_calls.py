def g(x):
    return x[0]
def f(x):
    return g(x) + 1
print(f([]))
