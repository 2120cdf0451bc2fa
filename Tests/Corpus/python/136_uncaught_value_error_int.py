values = ["4", "8", "fifteen"]
total = 0
for v in values:
    total += int(v)
    print(total)
