# Calls nested through the frame stack: deep recursion, exceptions caught at depth, a
# function rebinding its own name mid-call, generators and closures calling plain functions.
def depth(n):
    if n == 0:
        return [n]
    r = depth(n - 1)
    r.append(n)
    return r
print(len(depth(200)), sum(depth(150)))
def boom(n):
    if n == 0:
        raise ValueError("bottom")
    return boom(n - 1)
for k in range(3):
    try:
        boom(70 + k)
    except ValueError as e:
        print("caught", e)
print(len(depth(100)))
def catcher(n):
    try:
        if n % 2:
            raise KeyError(n)
    except KeyError as e:
        return ("k", n)
    return catcher(n + 1) if n < 5 else ("end", n)
print([catcher(i) for i in range(7)])
def g(x):
    global g
    old = g
    g = lambda y: y * 100
    return old, x
f0 = g
print(f0(3)[1], g(4))
def gen(n):
    for i in range(n):
        yield sq(i)
def sq(i):
    return i * i
print(list(gen(5)), sum(sq(j) for j in gen(4)))
def outer(a):
    def inner(b):
        return a + b
    return inner(a) + (inner(1) if a < 3 else outer(a - 1))
print(outer(6))
def kw(a, b=2, *rest, c=3, **more):
    return a, b, rest, c, more
print(kw(1), kw(1, 5, 6, 7, c=8, d=9), kw(b=1, a=2))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3))
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print("rec", e)
print(fact(10), len(depth(500)))
