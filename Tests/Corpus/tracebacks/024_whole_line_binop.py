a = 1
a + "s"
