x = [1][2]  # comment
