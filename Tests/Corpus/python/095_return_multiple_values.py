def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([4, 1, 9, 3])
print(lo, hi)
result = min_max([5])
print(result, type(result).__name__)
def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / n
    return {"n": n, "mean": mean, "var": var}
print(stats([2, 4, 4, 4, 5, 5, 7, 9]))
def nothing(x):
    if x:
        return
print(nothing(1), nothing(0))
