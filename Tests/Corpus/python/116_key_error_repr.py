d = {"a": 1}
for key in ["b", 3, (1, 2), "it's", ""]:
    try:
        d[key]
    except KeyError as e:
        print(e, "|", repr(e), "|", e.args)
try:
    {}.pop("missing")
except KeyError as e:
    print("pop:", e)
try:
    set().remove(5)
except KeyError as e:
    print("remove:", e)
