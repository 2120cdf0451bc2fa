count = 1
def f():
    return conut
f()
