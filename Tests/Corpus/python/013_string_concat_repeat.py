a = "ab" + "cd"
print(a)
print("-" * 10)
print("xy" * 3)
print(3 * "z")
print("ab" * 0, "|")
print("ab" * -2, "|")
print("implicit" " concatenation")
words = "red" "green" "blue"
print(words, len(words))
