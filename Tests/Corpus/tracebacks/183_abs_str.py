v = abs("a")
