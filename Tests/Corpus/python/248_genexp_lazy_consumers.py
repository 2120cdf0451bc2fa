# Generator expressions are lazy: consumers that stop early stop the side effects.
print(any(print(x) or x > 2 for x in range(10)))
print(all(print("all", x) or x < 2 for x in range(10)))
g = (1 / x for x in [1, 0])
print(next(g))
print(next((x for x in range(10 ** 12) if x * x > 50)))
def f(i):
    print("f", i)
    return i * 10
print(list(zip(range(3), (f(i) for i in range(10 ** 9)))))
print(sum(x * x for x in range(1000)))
print(sum(x for x in [1.5, 2.5]), min(x % 7 for x in range(20)), max(-x for x in range(5)))
print(", ".join(str(x) for x in range(5)))
print(sorted((c for c in "banana"), reverse=True))
print(dict((k, len(k)) for k in ["a", "bb"]))
print(set(x % 3 for x in range(10)), tuple(x for x in "ab"))
def count():
    n = 0
    while True:
        print("yield", n)
        yield n
        n += 1
print(next(x for x in count() if x > 2))
squares = (x * x for x in count())
print(next(squares), next(squares))
