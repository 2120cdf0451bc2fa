data = [3, 7, 1, 5, 0, 9]
for i, v in enumerate(data):
    print(f"{i:2} | {'*' * v:<10}| {v}")
word = "mississippi"
freq = {}
for c in word:
    freq[c] = freq.get(c, 0) + 1
for c in sorted(freq):
    print(c, "#" * freq[c])
