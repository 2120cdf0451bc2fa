name = "Ada"
age = 36
print(f"{name} is {age} years old")
print(f"{age + 4} in four years")
print(f"{name!r} {name!s}")
print(f"{{literal braces}} {name}")
print(f"{'nested quotes'}")
print(f"{3.5}{True}{None}")
items = [1, 2]
print(f"{items} {len(items)}")
