s = "mississippi"
print(s.find("ss"), s.find("ss", 3), s.find("xyz"))
print(s.rfind("ss"), s.index("p"), s.rindex("s"))
print(s.count("s"), s.count("ss"), s.count("issi"), s.count(""))
print(s.startswith("miss"), s.endswith("pi"), s.startswith(("x", "m")))
print(s.find(""), "abc".find("c", -1))
try:
    s.index("z")
except ValueError as e:
    print(e)
