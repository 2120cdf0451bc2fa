x = None
s = f"value {x + 1}"
