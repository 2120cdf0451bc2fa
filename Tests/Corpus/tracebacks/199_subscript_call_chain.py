data = {"items": [1]}
v = data["items"][3]
