for i in range(3):
    if i == 2:
        x = [i][i]
