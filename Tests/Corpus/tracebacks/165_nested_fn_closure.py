def outer():
    y = 0
    def inner(x):
        return x / y
    return inner(1)
outer()
