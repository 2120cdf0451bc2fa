a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
first, *rest = "hello"
print(first, rest)
*init, last = (1, 2, 3)
print(init, last)
x, *y = [1]
print(x, y)
head, *middle, tail = range(2)
print(head, middle, tail)
print(*[1, 2, 3])
print(*"abc", sep="-")
merged = [*range(3), *"ab", 9]
print(merged)
