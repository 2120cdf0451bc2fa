matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [v for row in matrix for v in row]
print(flat)
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in identity:
    print(row)
print([[v * 10 for v in row if v % 2] for row in matrix])
