x = 5
print(1 < x < 10)
print(1 < x > 3)
print(10 > x >= 5 > 0)
print(1 == 1.0 == True)
print(1 < 2 < 3 < 2)
print(x == 5 != 6)
print(0 <= x < 5)
a, b, c = 1, 2, 2
print(a < b == c, a < b < c)
print("a" < "b" < "c")
