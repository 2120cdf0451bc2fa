def gen(n):
    yield from (x * 2 for x in range(n))
    g = (y for y in range(n))
    yield g
    yield sum(z for z in range(n))
out = list(gen(3))
print(out[:3], list(out[3]), out[4])
class C:
    items = [1, 2, 3]
    total = sum(i for i in items)
print(C.total)
def w(xs):
    g = ((last := x) for x in xs)
    r = list(g)
    return r, last
print(w([4, 5]))
def deep(n):
    return sum(deep(n - 1) for _ in range(2)) if n else 1
print(deep(5))
print([list(g) for g in [(i * j for j in range(3)) for i in range(3)]])
fs = [(lambda: x) for x in range(3)]
gs = list((lambda: x) for x in range(3))
print([f() for f in fs], [g() for g in gs])
import sys
def filt(xs):
    ys = (x for x in xs if x)
    return (y + 1 for y in ys)
print(list(filt([0, 1, 2])))
print(list(zip(*((i, i * i) for i in range(3)))))
