q = divmod(1, 0)
