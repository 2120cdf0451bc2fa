print("日本", 1 + "a")
