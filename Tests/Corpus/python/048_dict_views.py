d = {"a": 1, "b": 2}
keys = d.keys()
vals = d.values()
items = d.items()
print(keys)
print(vals)
print(items)
d["c"] = 3
print(keys)
print(len(items))
print("a" in keys, 2 in vals, ("b", 2) in items)
print(list(items)[0])
print(sorted(d.values(), reverse=True))
