total = sum(["a", "b"])
