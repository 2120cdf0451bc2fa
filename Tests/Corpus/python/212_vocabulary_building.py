corpus = ["I love NLP", "NLP loves me", "I love love"]
vocab = {"<pad>": 0, "<unk>": 1}
for sentence in corpus:
    for token in sentence.lower().split():
        if token not in vocab:
            vocab[token] = len(vocab)
print(vocab)
def encode(sentence, max_len=5):
    ids = [vocab.get(t, vocab["<unk>"]) for t in sentence.lower().split()]
    ids = ids[:max_len]
    return ids + [vocab["<pad>"]] * (max_len - len(ids))
print(encode("I love transformers"))
print(encode("nlp nlp nlp nlp nlp nlp nlp"))
inverse = {i: t for t, i in vocab.items()}
print([inverse[i] for i in encode("me love you")])
