class Plain:
    def __init__(self, v):
        self.v = v
a, b = Plain(1), Plain(1)
print(a == b, a == a, a != b)
print(a in [a], b in [a])
class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, WithEq) and self.v == other.v
print(WithEq(1) == WithEq(1), WithEq(1) == 1, WithEq(1) != WithEq(2))
try:
    {WithEq(1)}
except TypeError as e:
    print(e)
