paragraph = """Natural language processing helps computers understand language.
Language models learn patterns in language data, and models improve with data."""
counts = {}
for raw in paragraph.lower().split():
    word = raw.strip(".,")
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<12}{n}")
print(len(counts), "distinct words,", sum(counts.values()), "total")
