ops = {"div": lambda a, b: a / b}
r = ops["div"](1, 0)
