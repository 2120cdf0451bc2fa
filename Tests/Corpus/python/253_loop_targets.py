# Loop targets: locals, module variables, unpacking, subscripts and attributes, range and
# list iterables, comprehension clauses; a target that cannot take the item.
def f():
    out = []
    for i in range(3):
        out.append(i)
    for a, b in [(1, 2), (3, 4)]:
        out.append(a + b)
    xs = [0, 0]
    for xs[0] in range(2):
        out.append(xs[0])
    s = "str"
    for s in range(2):
        pass
    out.append(s)
    class O: pass
    o = O()
    for o.v in range(3):
        pass
    out.append(o.v)
    out.append([x * y for x in range(3) for y in range(x) if y % 2 == 0])
    try:
        for a, b in range(2):
            pass
    except TypeError as e:
        out.append(str(e))
    return out
print(f())
for k in range(2):
    pass
print(k, [k for k in "ab"], k)
