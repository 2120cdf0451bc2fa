x = 1 < "a"
print(x)
