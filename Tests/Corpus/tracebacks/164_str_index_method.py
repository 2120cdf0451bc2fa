s = "abc"
i = s.index("z")
