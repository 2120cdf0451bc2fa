tokens = ["a", "b", "c"]
i = 0
while True:
    print(tokens[i])
    i += 1
