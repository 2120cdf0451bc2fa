d = {}
v = d ["k"]
