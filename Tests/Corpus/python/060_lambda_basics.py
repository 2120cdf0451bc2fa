square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda: "no args")())
print(list(map(lambda s: s.upper(), ["a", "b"])))
pairs = [(1, "b"), (2, "a")]
print(sorted(pairs, key=lambda p: p[1]))
fns = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fns])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
