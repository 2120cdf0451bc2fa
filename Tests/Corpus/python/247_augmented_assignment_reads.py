# Augmented assignment: strs grown in place (aliases keep their value, s += s), ints
# widening to big ints and floats, module variables, unbound targets, walrus in the value.
def f():
    s = "a"
    t = s
    s += "b"
    s += s
    u = "x"
    s += u
    n = 5
    n += 2
    n += 2.5
    x = [1]
    y = x
    x += [2]
    return s, t, n, x, y
print(f())
g = "q"
def h():
    global g
    g += "r"
    g += g
    return g
print(h(), g)
def unb():
    try:
        z += "a"
    except UnboundLocalError as e:
        print("unbound", e)
    try:
        w = 1
        w += undefined_name
    except NameError as e:
        print("name", e)
unb()
def walrus():
    s = "ab"
    s += (s := "zz")
    return s
print(walrus())
def big():
    n = 9223372036854775807
    n += 1
    k = 3
    k += n
    return n, k
print(big())
try:
    len += 1
except TypeError as e:
    print(e)
def strint():
    s = "a"
    s += 1
strint()
