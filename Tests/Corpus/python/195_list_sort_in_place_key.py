people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
people.sort(key=lambda p: p[1])
print(people)
people.sort(key=lambda p: p[1], reverse=True)
print(people)
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
words = ["Banana", "apple", "cherry"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
