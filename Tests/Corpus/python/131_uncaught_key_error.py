vocab = {"the": 0, "cat": 1}
print(vocab.get("dog"), vocab.get("dog", -1))
print("dog" in vocab)
for word in ["the", "cat", "dog"]:
    print(word, vocab[word])
