squares = [x * x for x in range(8)]
print(squares)
evens = [x for x in range(20) if x % 2 == 0]
print(evens)
labels = ["even" if x % 2 == 0 else "odd" for x in range(5)]
print(labels)
words = ["apple", "Bob", "cat", "Dog"]
print([w.lower() for w in words if w[0].isupper()])
print([(x, y) for x in range(3) for y in range(x)])
print([c * 2 for c in "abc"])
