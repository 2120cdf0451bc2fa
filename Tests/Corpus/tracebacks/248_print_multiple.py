a = 1
print("a", a + "b", "c")
