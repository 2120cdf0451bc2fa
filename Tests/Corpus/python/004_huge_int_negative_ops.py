x = -(10 ** 25) - 7
print(x)
print(x // 10 ** 12)
print(x % 10 ** 12)
print(abs(x))
print(divmod(x, 123456789))
print(x * x == (10 ** 25 + 7) ** 2)
print(-x >> 40, x >> 40)
print(1 << 90)
