n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps:", steps)
i = 0
while True:
    i += 1
    if i == 3:
        continue
    if i > 5:
        break
    print("i =", i)
k = 10
while k > 0:
    k -= 4
else:
    print("loop ended with k =", k)
