class P:
    def __init__(self, x):
        self.x = x
p = P()
