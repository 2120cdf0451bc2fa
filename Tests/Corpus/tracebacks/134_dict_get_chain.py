cfg = {"a": {}}
v = cfg["a"]["b"]
