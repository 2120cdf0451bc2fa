print(())
print((1,))
print((1, 2))
t = 1, 2, 3
print(t)
single = "a",
print(single, len(single))
print(((1, 2), (3,)))
print(tuple([4, 5]))
print(tuple("hi"))
print((1) == 1, (1,) == 1)
