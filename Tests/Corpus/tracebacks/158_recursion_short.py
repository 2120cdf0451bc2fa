def f(n):
    if n == 0:
        return 1 / n
    return f(n - 1)
f(5)
