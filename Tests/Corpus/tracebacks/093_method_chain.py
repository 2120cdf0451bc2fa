s = "abc".upper().foo()
