class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
v = Vec(1, 2.5)
print(v)
print(repr(v))
print([v, Vec("a", None)])
print(f"{v} and {v!r}")
print(str(v), "|", {"key": v})
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()))
