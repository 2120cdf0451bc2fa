x = None
print(x)
print(x is None, x is not None)
print(repr(None))
print([None, None])
def nothing():
    pass
print(nothing())
print(type(None).__name__)
print(None == False, bool(None))
