class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if len(s) == 0 or s.pop() != pairs[ch]:
                return False
    return len(s) == 0
for t in ["(a[b]{c})", "(]", "((", "", "{[()()]}"]:
    print(repr(t), balanced(t))
Stack().pop()
