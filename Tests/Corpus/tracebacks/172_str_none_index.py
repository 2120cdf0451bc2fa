s = "abc"
c = s[None]
