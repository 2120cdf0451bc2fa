text = "Hello, world! NLP's great: isn't it? Yes."
punct = ".,!?:;"
tokens = []
for raw in text.split():
    word = raw
    trailing = []
    while word and word[-1] in punct:
        trailing.insert(0, word[-1])
        word = word[:-1]
    if word:
        tokens.append(word.lower())
    tokens.extend(trailing)
print(tokens)
print(len(tokens), tokens.count("."), tokens.index("nlp's"))
