def f():
    return int("x")	 
f()  
