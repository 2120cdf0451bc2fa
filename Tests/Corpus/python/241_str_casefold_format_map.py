# str.casefold does full Unicode case folding; str.format_map reads fields from a mapping.
words = ["Straße", "STRASSE", "ﬁne", "Fine", "ſ", "ABC"]
print([w.casefold() for w in words])
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
groups = {}
for w in words:
    groups.setdefault(w.casefold(), []).append(w)
print(groups)
scores = {"name": "ada", "score": 0.91234, "n": 1234567}
print("{name:>6} scored {score:.2%} over {n:,} tokens".format_map(scores))
print("{name!r} {name[0]}".format_map(scores))
class Defaulting(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{known} and {unknown}".format_map(Defaulting(known=1)))
try:
    "{}".format_map({})
except ValueError as e:
    print("ValueError:", e)
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError:", e)
