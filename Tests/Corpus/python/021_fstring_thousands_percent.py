v = 1234567
print(f"{v:,}")
print(f"{-v:,}")
print(f"{v:>12,}")
p = 0.4567
print(f"{p:.1%}")
print(f"{p:%}")
print(f"{1:.0%}")
print(f"{0.005:.1%}")
print(f"{12.5:,.3f}")
print(f"{10**12:,}")
