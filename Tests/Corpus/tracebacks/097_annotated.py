x: int = "a" + 1
