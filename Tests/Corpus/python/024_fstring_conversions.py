s = "text"
print(f"{s!r}")
print(f"{s!s}")
print(f"{s!a}")
print(f"{'café'!a}")
items = ["a", 'b']
print(f"{items!r}")
print(f"{s!r:>10}")
print(f"{3!r}")
