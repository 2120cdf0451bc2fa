s1 = 'hello'
s2 = "world"
print(s1, s2)
print(repr(s1), repr(s2))
print(repr(""))
print(repr("\\"))
print(repr("line1\nline2"))
print(repr("\x00\x7f"))
print(repr("caf\u00e9"))
print([s1, "it's", 'q"q'])
