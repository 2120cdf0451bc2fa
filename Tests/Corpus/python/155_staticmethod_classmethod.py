class Tokenizer:
    default_lower = True
    def __init__(self, lower):
        self.lower = lower
    @classmethod
    def default(cls):
        return cls(cls.default_lower)
    @staticmethod
    def split(text):
        return text.split()
    def tokenize(self, text):
        words = self.split(text)
        return [w.lower() for w in words] if self.lower else words
t = Tokenizer.default()
print(t.lower, t.tokenize("Hello World"))
print(Tokenizer(False).tokenize("Hello World"))
print(Tokenizer.split("a b  c"))
class Sub(Tokenizer):
    default_lower = False
print(type(Sub.default()).__name__, Sub.default().lower)
