def a(fn):
    print("a")
    return fn
@a
@missing_deco
def f():
    pass
