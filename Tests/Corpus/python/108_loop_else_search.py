def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")
for n in [7, 9, 13, 21, 2]:
    find_prime_factor(n)
count = 0
while count < 3:
    count += 1
else:
    print("while finished at", count)
