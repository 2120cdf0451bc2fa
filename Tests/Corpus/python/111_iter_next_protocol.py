it = iter([10, 20, 30])
print(next(it))
print(next(it))
print(next(it))
print(next(it, "exhausted"))
letters = iter("hi")
print(list(letters), list(letters))
r = iter(range(3))
for x in r:
    print("got", x)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration raised")
