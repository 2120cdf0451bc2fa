x = 3.14159
for w in (6, 8, 10):
    for p in (1, 3):
        print(f"[{x:{w}.{p}f}]")
fill = "#"
print(f"[{'hi':{fill}^{w}}]")
spec = ".2e"
print(f"{x:{spec}}")
