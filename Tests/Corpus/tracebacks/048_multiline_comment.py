a = 1
c = (a +  # note
     "s")
