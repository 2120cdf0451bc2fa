# Growing a string piece by piece, 10^6 appends.
s = ""
for i in range(1000000):
    s += "ab"
print(len(s))
