pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs))
print(sorted(pairs, reverse=True))
print(sorted(pairs, key=lambda p: p[1]))
print(max(pairs), min(pairs))
pairs.sort(key=lambda p: -p[0])
print(pairs)
