xs = [0, 1, 2, 3, 4, 5]
xs[::2] = ["x", "y", "z"]
print(xs)
try:
    xs[::2] = [1, 2]
except ValueError as e:
    print(e)
print(xs[slice(1, 5, 2)])
s = slice(None, None, -1)
print("hello"[s])
xs[::3] = [1]
