print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("[" + "hi".center(6) + "]")
print("[" + "hi".center(7, "*") + "]")
print("[" + "hi".ljust(5, ".") + "]")
print("[" + "hi".rjust(5) + "]")
print("[" + "toolong".center(3) + "]")
for name, score in [("ann", 9), ("bo", 10), ("cyril", 100)]:
    print(name.ljust(6) + str(score).rjust(4))
