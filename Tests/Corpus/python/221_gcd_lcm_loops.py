def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(48, 18), gcd(17, 5), gcd(0, 7))
print(lcm(4, 6), lcm(21, 6))
result = 1
for n in range(1, 21):
    result = lcm(result, n)
print(result)
