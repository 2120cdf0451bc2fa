s = "abc"
t = (s
     .split(1))
