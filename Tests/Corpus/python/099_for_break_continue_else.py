for n in range(10):
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("odd", n)
for n in [2, 4, 6]:
    if n % 2:
        print("found odd")
        break
else:
    print("no odd numbers")
for n in [2, 3]:
    if n % 2:
        print("found odd", n)
        break
else:
    print("never printed")
