class Point:
    def __init__(self):
        self.x = 1
for obj, name in [([], "foo"), ("s", "push"), (5, "real"), (Point(), "y"), (None, "shape"), ({}, "append")]:
    try:
        print(getattr(obj, name))
    except AttributeError as e:
        print(e)
