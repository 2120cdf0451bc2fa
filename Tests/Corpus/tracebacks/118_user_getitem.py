class Grid:
    def __getitem__(self, i):
        return [1, 2][i]
g = Grid()
print(g[5])
