# Attributes whose value is None must read as None, not be missing.
def undocumented():
    pass

def documented():
    "Says hello."

print(undocumented.__doc__, documented.__doc__)
print(undocumented.__defaults__)

class Plain:
    pass

print(Plain.__doc__, Plain.__base__.__name__)

try:
    raise ValueError("bad")
except ValueError as error:
    print(error.__cause__, error.__context__)

table = str.maketrans("ab", "xy", "c")
print(table)
print("abcabc".translate(table))

class Documented:
    "Doc of a class."

    def method(self):
        "Doc of a method."

print(Documented.__doc__, Documented.method.__doc__, Documented().method.__doc__)
