# Building a list of 10^6 items with arithmetic and a filter.
squares = [x * x for x in range(1000000) if x % 3 != 0]
print(len(squares), squares[-1])
