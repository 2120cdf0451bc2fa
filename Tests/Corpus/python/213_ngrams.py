def ngrams(tokens, n):
    return [tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
tokens = "the cat sat on the mat".split()
print(ngrams(tokens, 1)[:3])
print(ngrams(tokens, 2))
print(ngrams(tokens, 3))
print(ngrams(tokens, 7))
char_trigrams = ["".join(g) for g in ngrams(list("hello"), 3)]
print(char_trigrams)
counts = {}
for bigram in ngrams("a b a b a".split(), 2):
    counts[bigram] = counts.get(bigram, 0) + 1
print(counts)
