# A word-count dict over 10^6 words: string hashing, dict get/set.
words = "the cat sat on the mat and the dog sat on the log".split()
counts = {}
n = len(words)
for i in range(1000000):
    w = words[i % n]
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
