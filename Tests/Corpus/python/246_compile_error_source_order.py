# Two compile-time errors: the first in source order (the if test, before its body) is reported.
def f(**k):
    return k
if f(a=1, a=2) < 3:
    f(b=1, b=2)
