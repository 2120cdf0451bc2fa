data = {"k": 5, "v": [1, 2, 3]}
print(f"{data['k'] * 2}")
print(f"{data['v'][-1]}")
print(f"{'yes' if data['k'] > 3 else 'no'}")
print(f"{sum(data['v'])}")
print(f"{len('hello'):03d}")
name = "bob"
print(f"{name.upper()} {name.title()}")
print(f"{[x * x for x in range(4)]}")
print(f"{(lambda y: y + 1)(1)}")
