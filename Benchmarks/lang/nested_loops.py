# Loop overhead and int additions: 10^7 iterations of the inner body.
total = 0
for i in range(1000):
    for j in range(10000):
        total += j
print(total)
