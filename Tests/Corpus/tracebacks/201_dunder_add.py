class V:
    def __add__(self, other):
        return other.x
v = V() + 1
