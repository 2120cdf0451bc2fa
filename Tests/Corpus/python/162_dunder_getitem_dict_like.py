class Vocab:
    def __init__(self, tokens):
        self.index = {}
        for t in tokens:
            if t not in self.index:
                self.index[t] = len(self.index)
    def __getitem__(self, token):
        return self.index.get(token, -1)
    def __len__(self):
        return len(self.index)
    def __repr__(self):
        return f"Vocab({len(self)} tokens)"
v = Vocab("to be or not to be".split())
print(v, v["be"], v["or"], v["xyz"])
print([v[t] for t in "not to be".split()])
print(v.index)
