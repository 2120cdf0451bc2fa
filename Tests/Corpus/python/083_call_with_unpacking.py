def point(x, y, z=0):
    return f"({x}, {y}, {z})"
coords = [1, 2]
print(point(*coords))
print(point(*coords, 3))
named = {"y": 5, "x": 4}
print(point(**named))
print(point(*[7], **{"y": 8, "z": 9}))
print(max(*[3, 9, 2]))
args = ("a", "b")
print("-".join([*args, "c"]))
