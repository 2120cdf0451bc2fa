xs = [1]
ys = [x for x in xs if x > "a"]
