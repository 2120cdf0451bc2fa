x = 1
s = f"val={x.real.nope}"
