f = float("abc")
