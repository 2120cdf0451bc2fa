s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print(e)
t = "H" + s[1:]
print(s, t)
u = s
s += "!"
print(s, u)
chars = list(t)
chars[0] = "J"
print("".join(chars))
