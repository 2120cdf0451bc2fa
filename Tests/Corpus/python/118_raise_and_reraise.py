def check_age(age):
    if age < 0:
        raise ValueError(f"age must be non-negative, got {age}")
    return age
for a in [5, -1]:
    try:
        print(check_age(a))
    except ValueError as e:
        print("caught:", e)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        print("logging and re-raising")
        raise
except KeyError as e:
    print("outer caught", repr(e))
