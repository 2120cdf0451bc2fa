n = 42
s = "cat"
print(f"[{n:>5}]")
print(f"[{n:<5}]")
print(f"[{n:^5}]")
print(f"[{s:^10}]")
print(f"[{s:*<8}]")
print(f"[{s:->8}]")
print(f"[{s:.^9}]")
print(f"[{n:05}]")
print(f"[{-n:05}]")
print(f"[{s:5}] [{n:5}]")
