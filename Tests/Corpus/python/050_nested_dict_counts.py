scores = {"ann": {"math": 90, "art": 75}, "bo": {"math": 60}}
scores["bo"]["art"] = 88
scores["cy"] = {}
print(scores)
for name, subjects in scores.items():
    total = sum(subjects.values())
    print(name, total, len(subjects))
print(scores.get("dee", {}).get("math", "n/a"))
