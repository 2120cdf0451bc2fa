class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(4)))
for n in Countdown(2):
    print("tick", n)
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "end"))
print(sum(Countdown(10)))
