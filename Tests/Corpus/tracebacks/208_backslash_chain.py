s = "abc"
t = s.upper() \
    .nothing()
