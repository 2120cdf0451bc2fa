def encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def decode(code):
    result, num = "", ""
    for ch in code:
        if ch.isdigit():
            num += ch
        else:
            result += ch * int(num)
            num = ""
    return result
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
    e = encode(s)
    print(repr(s), e, decode(e) == s)
