tests = ["12", "x", "1.5", "", " 7 ", "0x10", "+5", "1e3"]
for t in tests:
    try:
        print(repr(t), int(t))
    except ValueError as e:
        print(repr(t), "error:", e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
