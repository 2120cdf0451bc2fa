count = 10
for word in ["a", "b"]:
    count += 1
print(count)
print(conut)
