xs = [1, 2, 3]
xs[0] = 10
xs[-1] = 30
print(xs)
grid = [[0, 0], [0, 0]]
grid[1][0] = 5
print(grid)
d = {"a": [1, 2]}
d["a"][1] += 10
print(d)
try:
    xs[3] = 4
except IndexError as e:
    print(e)
