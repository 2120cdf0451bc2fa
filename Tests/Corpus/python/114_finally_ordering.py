def f():
    try:
        print("try")
        return "from try"
    finally:
        print("finally")
print(f())
def g():
    try:
        raise ValueError("bad")
    except ValueError:
        print("handled")
        return "from except"
    finally:
        print("cleanup")
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
h()
