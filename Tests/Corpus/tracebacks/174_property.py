class A:
    @property
    def v(self):
        return self.missing
a = A()
print(a.v)
