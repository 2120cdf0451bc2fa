x = "a"
if x == 1:
    pass
elif x > 1:
    pass
