try:
    print(list(next(iter([])) for x in [1, 2]))
except RuntimeError as e:
    print("RuntimeError", e)
g = (x for x in range(3))
def h():
    return list(next(g) + y for y in g)
print(h())
