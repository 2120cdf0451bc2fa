class C:
    def m(self, a, b):
        return a
C().m(1)
