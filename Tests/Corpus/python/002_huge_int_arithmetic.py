a = 2 ** 100
print(a)
print(a + 1)
print(a * a)
print(-a)
print(a // 3, a % 3)
print(3 ** 200)
print(len(str(2 ** 1000)))
b = 12345678901234567890123456789
print(b * 98765432109876543210)
print(b - b * 2)
