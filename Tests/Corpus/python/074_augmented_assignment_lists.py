a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u)
s = "ab"
s += "cd"
print(s)
words = ["x"]
words *= 3
print(words)
words += "yz"
print(words)
