x = None
s = f"{x!r} {x + 1:>4}"
