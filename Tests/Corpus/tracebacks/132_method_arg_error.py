class A:
    def go(self, n):
        return n + "x"
a = A()
r = a.go(1)
