def compute(a, b):
    return a
result = compute(
    1,
    undefined,
)
