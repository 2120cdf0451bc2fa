# Growing a string piece by piece, 10^6 appends. Inside a function, where CPython appends in
# place (at module level CPython 3.11 copies the string every time and takes minutes).
def build(n):
    s = ""
    for i in range(n):
        s += "ab"
    return s

print(len(build(1000000)))
