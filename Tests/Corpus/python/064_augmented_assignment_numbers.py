x = 10
x += 5
print(x)
x -= 3
x *= 2
print(x)
x /= 4
print(x)
x //= 2
print(x)
x **= 3
print(x)
n = 17
n %= 5
n <<= 3
n |= 1
n ^= 0b11
n &= 0xff
n >>= 1
print(n)
