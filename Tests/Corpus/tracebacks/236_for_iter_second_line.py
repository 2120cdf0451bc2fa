items = None
for x in (
        items):
    pass
