import math
print(math.factorial(0), math.factorial(10), math.factorial(30))
print(math.gcd(12, 18), math.gcd(17, 5), math.gcd(0, 9), math.gcd(-12, 8))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=0.01))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
lcm = 12 * 18 // math.gcd(12, 18)
print(lcm)
