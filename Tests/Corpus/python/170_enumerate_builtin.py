letters = ["a", "b", "c"]
print(list(enumerate(letters)))
print(list(enumerate(letters, 10)))
print(dict(enumerate("xy")))
e = enumerate("hi")
print(next(e), next(e))
for idx, (a, b) in enumerate(zip("ab", "cd")):
    print(idx, a + b)
