x = (1,)
(x
 .count) = 5
