point = (3, 4)
x, y = point
print(x, y)
print(point + (5,))
print(point * 2)
print(point.count(3), point.index(4))
print(len(point), 4 in point)
t = ([1, 2], "s")
t[0].append(3)
print(t)
nested = ((1, 2), (3, 4))
for a, b in nested:
    print(a * b)
