class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, value):
        self.head = (value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node is not None:
            yield node[0]
            node = node[1]
    def __len__(self):
        return self.size
ll = LinkedList()
for ch in "abc":
    ll.push(ch)
print(list(ll), len(ll))
print("-".join(ll))
