for n in [-3, 0, 7]:
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)
print(0 or [] or "last")
print(1 and "x" and 0)
print(None and crash_never_evaluated)
print(True or crash_never_evaluated)
x = [] or [1]
print(x)
print("a" if "" else "b")
