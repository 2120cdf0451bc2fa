label = "epoch "
n = 3
print(label + str(n))
print(label * 2 + "|")
print(label + n)
