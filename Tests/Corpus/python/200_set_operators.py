a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b)
print(a - b, b - a)
print(a ^ b)
print(a <= {1, 2, 3, 4, 5}, a < a, {3} < a)
print(a.isdisjoint({9}), a.issubset(range(10)), a.issuperset([1, 2]))
print(a.union([7], (8,)), a.intersection(b, {4}))
print(a.difference(b), a.symmetric_difference(b))
