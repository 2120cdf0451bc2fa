def f(x):
    return x
def g(a, b, c=3):
    return a + b + c
tries = [
    lambda: f(1, 2),
    lambda: f(),
    lambda: g(1),
    lambda: g(1, 2, 3, 4),
    lambda: f(y=1),
    lambda: g(1, 2, a=5),
]
for t in tries:
    try:
        t()
    except TypeError as e:
        print(e)
