values = [0.1, 0.25, 1/7, 2**0.5, 1e100, 5e-324, 1.7976931348623157e308]
for v in values:
    print(repr(v), str(v))
print(0.1 * 3)
print(1.1 + 2.2)
print(9007199254740993.0)
print(float(2 ** 53 + 1))
print(123456789.123456789)
