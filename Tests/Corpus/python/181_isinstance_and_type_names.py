things = [0, 0.0, "", [], (), {}, set(), None, len, print, range(1), True]
print([type(t).__name__ for t in things])
print(type(len).__name__ == "builtin_function_or_method")
print(isinstance("x", str), isinstance(b"x", str))
print(type(1 + 1.0).__name__, type(3 // 2).__name__, type(3 / 1).__name__)
print(type(lambda: 0).__name__)
