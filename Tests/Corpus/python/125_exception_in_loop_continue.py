data = ["10", "x", "30", "", "5.5", "7"]
total = 0
bad = []
for item in data:
    try:
        total += int(item)
    except ValueError:
        bad.append(item)
        continue
    finally:
        pass
print(total)
print(bad)
