seen = {}
key = (1, 2)
seen[key] = "tuple ok"
print(seen)
seen[[1, 2]] = "list fails"
