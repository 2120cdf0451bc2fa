a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = j = 5
i += 1
print(i, j)
m = n = {"k": 1}
n["k"] = 2
print(m)
p, q = r = (1, 2)
print(p, q, r)
