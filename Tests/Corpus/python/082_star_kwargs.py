def describe(**info):
    for key, value in info.items():
        print(f"{key} = {value!r}")
    return len(info)
print(describe(name="pen", price=1.5))
opts = {"color": "red", "size": 3}
print(describe(**opts))
print(describe(**opts, extra=True))
def mixed(a, *args, b=2, **kw):
    print(a, args, b, kw)
mixed(1)
mixed(1, 2, 3, b=4, c=5, d=6)
