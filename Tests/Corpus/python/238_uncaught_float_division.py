rates = [0.5, 0.25, 0.0]
print("rates:", rates)
print("count:", len(rates))
for r in rates:
    print(f"1 / {r} = {1 / r}")
