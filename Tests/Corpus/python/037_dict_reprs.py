print({})
print({"a": 1, "b": 2})
print({1: "one", 2.5: [1], (1, 2): None})
d = {"z": 1, "a": 2}
d["m"] = 3
print(d)
print({"nested": {"inner": [1, 2]}})
print(dict(x=1, y=2))
print(dict([("k", "v"), ("k2", "v2")]))
print(len(d))
