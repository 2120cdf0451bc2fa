class Suppress:
    def __init__(self, kind):
        self.kind = kind
    def __enter__(self):
        return "resource"
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kind):
            print("suppressed:", exc)
            return True
        return False
with Suppress(ZeroDivisionError) as r:
    print("using", r)
    1 / 0
    print("not reached")
print("after with")
with Suppress(KeyError), Suppress(IndexError):
    [][1]
print("done")
