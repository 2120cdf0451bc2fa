def f(d):
    total = d["a"] + \
        d["b"]
    return total
f({"a": 1})
