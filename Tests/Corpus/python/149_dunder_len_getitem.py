class Sentence:
    def __init__(self, text):
        self.words = text.split()
    def __len__(self):
        return len(self.words)
    def __getitem__(self, index):
        return self.words[index]
s = Sentence("the quick brown fox")
print(len(s))
print(s[0], s[-1])
print(s[1:3])
for word in s:
    print(word.upper())
print("fox" in s, "dog" in s)
print(list(s), bool(Sentence("")))
