def f(*, k):
    return k
f()
