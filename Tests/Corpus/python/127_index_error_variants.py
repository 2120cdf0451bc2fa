for make in [lambda: [1][5], lambda: (1, 2)[-3], lambda: "abc"[3], lambda: [].pop(), lambda: [1].pop(4), lambda: range(3)[3]]:
    try:
        make()
    except IndexError as e:
        print(e)
