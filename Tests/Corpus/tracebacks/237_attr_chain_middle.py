class A:
    pass
a = A()
a.b = A()
v = a.b.c.d
