class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def __str__(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
for s in [Rect(2, 3), Circle(1), Rect(0.5, 0.5)]:
    print(s)
try:
    Shape().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
