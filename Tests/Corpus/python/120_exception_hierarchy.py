handlers = [ZeroDivisionError, ArithmeticError, Exception]
for h in handlers:
    try:
        1 / 0
    except h as e:
        print("caught by", h.__name__, "-", type(e).__name__)
try:
    [][0]
except (KeyError, IndexError) as e:
    print("tuple handler:", type(e).__name__)
try:
    {}["k"]
except LookupError as e:
    print("LookupError caught", repr(e))
print(issubclass(KeyError, LookupError), issubclass(ValueError, ArithmeticError))
