d = {}
v = d.pop("a")
