print(2 ** "a")
