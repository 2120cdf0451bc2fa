words = ["b", "a"]
words.sort()
print(words)
print(words.index("b"))
words.apend("c")
