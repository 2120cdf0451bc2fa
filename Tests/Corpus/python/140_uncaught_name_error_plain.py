def compute():
    return undefined_variable * 2
print("start")
print(compute.__name__)
compute()
