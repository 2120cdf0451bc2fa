rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.125)]
print(f"{'item':<10}{'qty':>5}{'price':>8}")
print("-" * 23)
total = 0
for name, qty, price in rows:
    total += qty * price
    print(f"{name:<10}{qty:>5}{price:>8.2f}")
print("-" * 23)
print(f"{'total':<10}{total:>13.2f}")
