class C:
    x = 1 + "a"
