scores = [1, 2, 3]
total = sum(scores)
print(total)
print(type(total).__name__)
print(total(scores))
