def f(n):
    return (x for x in n)
g = f(3)
