class A:
    def __init__(self):
        self.data = None
    def size(self):
        return len(self.data)
A().size()
