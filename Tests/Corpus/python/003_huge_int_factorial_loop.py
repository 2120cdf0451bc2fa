result = 1
for i in range(1, 31):
    result *= i
print(result)
print(result // (2 ** 20))
print(result % 1000007)
total = 0
for i in range(50):
    total += 7 ** i
print(total)
print(total > 10 ** 40, total < 10 ** 42)
