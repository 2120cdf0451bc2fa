docs = ["the cat sat", "the dog sat", "the cat ate the fish"]
vocab = sorted({w for d in docs for w in d.split()})
print(vocab)
for d in docs:
    vec = [d.split().count(w) for w in vocab]
    print(vec)
df = {w: sum(1 for d in docs if w in d.split()) for w in vocab}
print(df)
