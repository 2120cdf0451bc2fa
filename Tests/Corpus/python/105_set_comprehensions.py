nums = [1, 2, 2, 3, 3, 3, -1, -2]
print({n * n for n in nums})
print(sorted({abs(n) for n in nums}))
print({n % 4 for n in range(20)})
words = ["hi", "hello", "hey", "yo"]
print(sorted({w[0] for w in words}))
print(len({len(w) for w in words}))
