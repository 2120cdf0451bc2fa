try:
    pass
finally:
    x = [][0]
