def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
m = [[1, 2, 3], [4, 5, 6]]
print(transpose(m))
print(transpose(transpose(m)) == m)
print(identity(3))
trace = sum(identity(5)[i][i] for i in range(5))
print(trace)
print([[sum(r) for r in m], [sum(c) for c in zip(*m)]])
