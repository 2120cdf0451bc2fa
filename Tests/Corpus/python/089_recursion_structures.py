def flatten(items):
    out = []
    for item in items:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten([1, [2, [3, [4]], 5], [], [[6]]]))
def depth(items):
    if not isinstance(items, list):
        return 0
    return 1 + max((depth(i) for i in items), default=0)
print(depth([1, [2, [3]]]), depth([]), depth(5))
def power_set(xs):
    if not xs:
        return [[]]
    rest = power_set(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
print(power_set([1, 2, 3]))
