class Timer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False
with Timer("block") as t:
    print("inside, name is", t.name)
try:
    with Timer("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
