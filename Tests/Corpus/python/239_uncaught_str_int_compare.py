scores = [3, 1, 2]
print(sorted(scores))
scores.append("4")
print(len(scores))
print(sorted(scores))
