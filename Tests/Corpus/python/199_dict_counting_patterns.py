text = "a cat and the big hat on a mat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
by_count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(by_count)
