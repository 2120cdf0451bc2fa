n = len()
