g = (1 / x for x in [1, 0])
print(next(g))
for v in g:
    print(v)
