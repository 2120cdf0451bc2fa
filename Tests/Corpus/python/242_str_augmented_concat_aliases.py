# `s += piece` grows a string; every other name or container holding the old string must
# keep the old value (strings are immutable), in globals, locals, closures and lists.
s = "ab"
alias = s
saved = [s]
s += "cd"
print(s, alias, saved)

def grow(n):
    text = ""
    snapshots = []
    for i in range(n):
        text += str(i)
        if i % 3 == 0:
            snapshots.append(text)
    return text, snapshots

print(grow(10))

def counter():
    log = ""
    def add(word):
        nonlocal log
        before = log
        log += word + ";"
        return before
    return add

add = counter()
print(repr(add("x")), repr(add("y")), repr(add("z")))

parts = {"k": "v"}
parts["k"] += "w"
print(parts)

n = 0
t = ""
while len(t) < 20:
    t += "xy"
    n += 1
print(n, t)
u = t
t += ""
print(t is u or t == u, u)
try:
    bad = "a"
    bad += 1
except TypeError as e:
    print("TypeError:", e, repr(bad))
