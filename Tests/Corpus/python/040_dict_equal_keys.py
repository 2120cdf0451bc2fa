d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print(1 == 1.0 == True)
print(len({1, 1.0, True}))
print({0: "a", False: "b", 0.0: "c"})
print(hash(1) == hash(1.0) == hash(True))
e = {True: "yes"}
e[1] = "one"
print(e)
print({1.0: "x", 1: "y"})
