xs = [1, 2, 3]
print(xs[5:], xs[:100], xs[-100:])
print(xs[2:1])
print(xs[10:20])
print("abc"[1:100])
print((1, 2, 3)[::-1])
print(xs[-1::-1])
print(xs[3:0:-1])
print(xs[None:2])
