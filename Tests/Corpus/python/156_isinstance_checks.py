values = [1, 2.0, "s", [1], (1,), {"a": 1}, {1}, None, True, range(2)]
print(len(values), "values")
for v in values:
    print(repr(v), type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple)))
print(isinstance(3, object), isinstance(True, bool))
