def make_line(text, *, width=20, fill="."):
    return text.ljust(width, fill)
print(make_line("a"))
print(make_line("b", width=5))
print(make_line("c", fill="-", width=8))
try:
    make_line("d", 10)
except TypeError as e:
    print(e)
def pos_and_kw(a, b, *, c):
    return a + b + c
print(pos_and_kw(1, 2, c=3))
