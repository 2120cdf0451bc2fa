# A call site keeps calling what the name holds now: functions rebound between calls,
# a function that rebinds its own name, two-argument calls.
def f(x):
    return x + 1
def g(x):
    return x * 10
def run():
    global f
    out = []
    for i in range(4):
        out.append(f(i))
        if i == 1:
            f = g
    return out
print(run())
def h(x):
    global h
    h = None
    return x
def call_h(v):
    try:
        return h(v)
    except TypeError as e:
        return str(e)
print(call_h(1), call_h(2))
def two(a, b):
    return a - b
def add2(a, b):
    return a + b
def use():
    global two
    r = [two(5, 1)]
    two = add2
    r.append(two(5, 1))
    return r
print(use())
