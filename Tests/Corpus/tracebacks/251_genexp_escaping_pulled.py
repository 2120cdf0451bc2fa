def g(xs):
    return (10 // x for x in xs)
it = g([5, 0])
print(next(it))
print("before")
print(list(it))
