xs = ["a"]
i = xs.index("b")
