def total(values):
    result = 0
    for v in values:
        result = reslt + v
    return result
total([1])
