def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
gen = countdown(3)
print(next(gen), next(gen), next(gen))
print(next(gen, "done"))
def pairs(xs):
    for i in range(len(xs) - 1):
        yield xs[i], xs[i + 1]
print(list(pairs("abcd")))
print(sum(countdown(100)))
