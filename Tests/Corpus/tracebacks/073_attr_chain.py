x = None
y = x.a.b
