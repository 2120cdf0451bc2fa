for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3)]:
    print(a, b, a // b, a % b)
print(-7.5 // 2, -7.5 % 2)
print(7 % -2.5)
print(-1 % 10)
print(0 // 5, 0 % -5)
print(-0.0 % 1)
