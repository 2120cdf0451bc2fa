def sqrt_int(n):
    if n < 0:
        raise ValueError("negative input")
    return int(n ** 0.5)
print(sqrt_int(17))
print(sqrt_int(-4))
