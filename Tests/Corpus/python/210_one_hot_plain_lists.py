labels = [2, 0, 1, 2]
num_classes = 3
one_hot = [[1 if i == label else 0 for i in range(num_classes)] for label in labels]
for row in one_hot:
    print(row)
decoded = [row.index(1) for row in one_hot]
print(decoded, decoded == labels)
vocab = ["cat", "dog", "fish"]
word_vectors = {w: [float(i == j) for j in range(len(vocab))] for i, w in enumerate(vocab)}
print(word_vectors["dog"])
