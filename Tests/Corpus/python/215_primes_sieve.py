def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for p in range(2, int(limit ** 0.5) + 1):
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
    return [n for n, prime in enumerate(is_prime) if prime]
print(sieve(50))
print(len(sieve(1000)), sieve(1000)[-3:])
print(sieve(1))
