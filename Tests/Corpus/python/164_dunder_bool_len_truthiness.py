class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
for obj in [Box([]), Box([1]), Flag(True), Flag(False)]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no")
print(not Box([]))
