class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return Money(self.cents + other)
    def __radd__(self, other):
        return self.__add__(other)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
a, b = Money(150), Money(275)
print(a + b, a + 5, 5 + a)
print(a * 3)
print(sum([a, b, Money(1)]))
