# Generator expressions that outlive the function that made them.
def doubled(xs):
    return (x * 2 for x in xs)
a = doubled([1, 2])
b = doubled([10, 20, 30])
print(list(a), list(b))
def scaled(xs, k):
    offset = k + 1
    return (x * k + offset for x in xs if x != 2)
gens = [scaled(range(4), k) for k in range(3)]
for g in gens:
    print(list(g))
def pairs(n):
    return ((i, j) for i in range(n) for j in range(i) if (i + j) % 2)
p = pairs(5)
q = pairs(4)
print(next(p), next(q), next(p), next(q))
print(list(p), list(q))
def nested(rows):
    total = 0
    return (sum(v * w for v in row) for row in rows for w in [1, 10])
print(list(nested([[1, 2], [3]])))
def later():
    g = (x + y for x in range(3))
    y = 100
    return g
print(list(later()))
def recursive(n):
    if n == 0:
        return iter([0])
    return (v + n for v in recursive(n - 1))
print(list(recursive(4)))
# Interleaved instances of the same expression in one frame.
its = [((i, j) for i in range(2) for j in "ab") for _ in range(2)]
print(next(its[0]), next(its[1]), next(its[0]), next(its[0]), next(its[1]))
print(list(its[0]), list(its[1]))
class Box:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return (i * 3 for i in self.items)
print(list(Box([1, 2])), sum(Box([5])))
make = lambda xs: (x - 1 for x in xs)
print(list(make([5, 6])))
