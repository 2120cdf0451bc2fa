def deco(n):
    def wrap(fn):
        return fn + n
    return wrap
@deco(1)
def f():
    pass
