def is_palindrome(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]
for s in ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
sentence = "attention is all you need"
print(sentence[::-1])
print(" ".join(reversed(sentence.split())))
print(" ".join(w[::-1] for w in sentence.split()))
