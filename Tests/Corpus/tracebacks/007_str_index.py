s = "abc"
c = s[5] + "x"
