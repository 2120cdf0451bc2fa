r = round("a")
