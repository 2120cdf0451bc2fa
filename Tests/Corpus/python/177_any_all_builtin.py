print(any([]), all([]))
print(any([0, "", None]), any([0, 1]))
print(all([1, "x", [0]]), all([1, 0]))
nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n % 2 for n in nums))
words = ["alpha", "beta"]
print(all(w.islower() for w in words), any(w.startswith("b") for w in words))
print(any(x > 10 for x in range(5)))
