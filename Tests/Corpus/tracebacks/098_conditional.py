x = 1
y = x.foo if x else 0
