a = [1, 2]
b = [1, 2]
print(a == b, a is b)
c = a
print(c is a)
print(None is None)
x = None
print(x is None, x == None)
print(type(1) is int)
print(type(True) is bool, type(True) is int)
print(isinstance(True, int))
