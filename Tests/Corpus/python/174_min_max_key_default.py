words = ["kiwi", "fig", "banana", "apple"]
print(min(words), max(words))
print(min(words, key=len), max(words, key=len))
print(max([], default="empty"), min([], default=0))
print(max([3, 1, 2], key=lambda x: -x))
print(max("a", "B", key=str.lower))
scores = {"ann": 90, "bo": 95, "cy": 95}
print(max(scores, key=scores.get))
print(max(scores.items(), key=lambda kv: kv[1]))
print(min(5, 3, 9, key=lambda v: abs(v - 8)))
