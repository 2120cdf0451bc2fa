t = (1, 2, 3, 2, 2)
print(t.count(2), t.index(3), t.index(2, 2))
print(len(t), min(t), max(t), sum(t))
print(t[1:3], t[::-1], t + (9,))
print(sorted(t), tuple(sorted(t)))
a, b, *rest = t
print(a, b, rest)
print((1, 2) < (1, 2, 0), (2,) > (1, 9))
try:
    t[0] = 5
except TypeError as e:
    print(e)
print(tuple(), (None,), (1,) * 3)
