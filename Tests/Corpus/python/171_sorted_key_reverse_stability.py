records = [("bob", 25), ("amy", 30), ("cat", 25), ("dan", 30), ("eve", 20)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted("hello"))
print(sorted({3: "c", 1: "a"}))
print(sorted([3.5, -1, 2, 0.0]))
