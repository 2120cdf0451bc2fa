v = "abc"
print(f"n={int(v)}")
