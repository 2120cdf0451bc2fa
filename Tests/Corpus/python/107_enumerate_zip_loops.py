names = ["ann", "bo", "cy"]
ages = [31, 25, 40, 99]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(f"{i}. {name}")
for name, age in zip(names, ages):
    print(name, age)
print(list(zip(names, ages)))
print(list(zip("ab", [1, 2], (True, False))))
print(dict(zip(names, ages)))
print(list(zip()))
