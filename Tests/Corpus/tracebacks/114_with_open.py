with open("no_such_file.txt") as f:
    data = f.read()
