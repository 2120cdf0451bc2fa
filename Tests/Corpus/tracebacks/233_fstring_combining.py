x = None
s = f"é́ {x + 1}"
