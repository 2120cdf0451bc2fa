int("x")   
