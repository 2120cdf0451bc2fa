d = {}
d["banana"] = 3
d["apple"] = 1
d["cherry"] = 2
print(list(d))
d["banana"] = 10
print(d)
del d["apple"]
d["apple"] = 5
print(d)
print(list(d.keys()), list(d.values()))
for k, v in d.items():
    print(k, v)
