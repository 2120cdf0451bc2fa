def shift_char(c, k):
    if c.isalpha():
        base = ord("A") if c.isupper() else ord("a")
        return chr((ord(c) - base + k) % 26 + base)
    return c
def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)
msg = "Hello, World! xyz"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 26) == msg)
