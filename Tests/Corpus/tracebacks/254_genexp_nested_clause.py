rows = [[1, 2], None]
cells = (v for row in rows if row != [] for v in row)
print(next(cells), next(cells))
print(max(cells))
