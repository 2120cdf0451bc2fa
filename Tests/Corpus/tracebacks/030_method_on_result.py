def f():
    return None
f().strip()
