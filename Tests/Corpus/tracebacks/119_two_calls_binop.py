x = int("1") + int("y")
