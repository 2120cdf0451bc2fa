ok = "a" < 1
