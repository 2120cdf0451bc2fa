class P:
    def __init__(self, x, y=0):
        self.total = x + y
p = P(1, y="a")
