s = "{} {}".format(1)
