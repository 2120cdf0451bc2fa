words = ["apple", "banana", "cherry", "date"]
lengths = {w: len(w) for w in words}
print(lengths)
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
squares = {n: n ** 2 for n in range(6) if n % 2}
print(squares)
first_letters = {w[0]: w for w in words + ["avocado"]}
print(first_letters)
index = {c: i for i, c in enumerate("hello")}
print(index)
