a = [1, 2, 3]
b = ["x", "y"]
print(list(zip(a, b)))
print(list(zip(a, b, "uvw")))
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, numbers = zip(*pairs)
print(letters, numbers)
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(zip(*matrix)))
print([list(col) for col in zip(*matrix)])
