nums = [1, 2, 3, 4, 5, 6]
print(list(map(str, nums)))
print(list(map(lambda a, b: a * b, nums, [10, 20, 30])))
print(list(filter(lambda n: n % 2 == 0, nums)))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
m = map(abs, [-1, -2])
print(type(m).__name__, list(m), list(m))
print(sum(map(int, "12345")))
print(list(map(len, ["a", "bb", "ccc"])))
