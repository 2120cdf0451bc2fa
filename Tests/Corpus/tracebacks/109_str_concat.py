name = "a"
msg = "hello " + name + 5
