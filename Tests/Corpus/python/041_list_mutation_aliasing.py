a = [1, 2, 3]
b = a
b.append(4)
print(a, b)
print(a is b)
c = a[:]
c.append(5)
print(a, c)
print(a == c[:4], a is c)
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
good = [[0] * 3 for _ in range(2)]
good[0][0] = 9
print(good)
