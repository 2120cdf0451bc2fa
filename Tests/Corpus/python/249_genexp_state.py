# A generator expression is an iterator: exhausted once, StopIteration at the end.
g = (x * 2 for x in [1, 2, 3])
print(type(g).__name__, iter(g) is g)
print(list(g))
print(list(g))
print(next(g, "done"))
try:
    next(g)
except StopIteration:
    print("StopIteration")
h = (x for x in "ab")
print(next(h))
for c in h:
    print("rest", c)
# The outermost iterable is evaluated at creation; later ones per outer item.
try:
    (x for x in 1)
except TypeError as e:
    print("creation:", e)
def log(name, value):
    print("eval", name)
    return value
g = (a + b for a in log("outer", [1, 2]) for b in log("inner", [10, 20]))
print("made")
print(next(g))
print(list(g))
late = (y for x in [1] for y in x)
print("no error yet")
try:
    list(late)
except TypeError as e:
    print("pulled:", e)
# Exceptions in the element surface when pulled, and finish the generator.
g = (1 / x for x in [2, 1, 0, 4])
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(g))
# Variables are read when the item is pulled.
k = 1
g = (x + k for x in range(3))
k = 100
print(list(g))
# Loop variables do not leak.
x = "outer"
print(list(x for x in range(2)), x)
