pairs = []
for i in range(1, 5):
    for j in range(1, 5):
        if j > i:
            break
        if (i + j) % 3 == 0:
            continue
        pairs.append((i, j))
print(pairs)
target = 12
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == target:
            found = (a, b)
            break
    if found:
        break
print(found)
