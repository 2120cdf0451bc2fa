def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError(f"shapes ({rows}, {len(a[0])}) and ({inner}, {cols}) not aligned")
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]
A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
for row in matmul(A, B):
    print(row)
print(matmul([[1, 0], [0, 1]], [[2.5, -1], [0, 3]]))
try:
    matmul(A, A)
except ValueError as e:
    print(e)
