class Box:
    def __init__(self, items):
        self.items = items
    def first(self):
        return self.items[0]
b = Box([])
print(b.first())
