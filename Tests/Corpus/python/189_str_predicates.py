print("sample         alpha digit alnum space upper lower title numeric (as T/.)")
samples = ["abc", "ABC", "Abc", "123", "12.5", "", " ", "a1", "Hello World", "\t\n", "HELLO2"]
for s in samples:
    flags = [s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isnumeric()]
    print(f"{s!r:14}", " ".join("T" if f else "." for f in flags))
