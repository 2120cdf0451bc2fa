class A:
    def m(self, a):
        return a
A().m(b=1)
