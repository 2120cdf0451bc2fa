class AppError(Exception):
    pass
class ShapeError(AppError):
    def __init__(self, expected, got):
        super().__init__(f"expected {expected}, got {got}")
        self.expected = expected
        self.got = got
try:
    raise ShapeError((2, 3), (3, 2))
except AppError as e:
    print(type(e).__name__, "-", e)
    print(e.expected, e.got)
    print(isinstance(e, Exception), isinstance(e, ShapeError))
try:
    raise AppError
except AppError as e:
    print(repr(e), "|", str(e), "|")
