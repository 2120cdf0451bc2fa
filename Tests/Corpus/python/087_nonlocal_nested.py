def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        print("middle sees:", x)
    middle()
    print("outer sees:", x)
outer()
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get())
