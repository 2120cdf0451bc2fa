parts = "a b".split(1)
