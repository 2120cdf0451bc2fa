a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = "pq"
print(p, q)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
k, v = {"only": 1}.popitem()
print(k, v)
