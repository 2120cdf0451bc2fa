def check(x):
    return x.ok
while check(1):
    pass
