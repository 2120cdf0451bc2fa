a = [1, 2, 3]
print(a + [4], a * 2, [0] * 5)
print(a[::-1], a)
print(2 in a, a.index(3))
b = a
b += [4]
print(a)
del a[0]
print(a, len(a))
nested = [[1, 2], [3]]
copy = nested.copy()
copy[0].append(99)
copy.append([7])
print(nested, copy)
print(list(map(list, zip(*[[1, 2], [3, 4]]))))
