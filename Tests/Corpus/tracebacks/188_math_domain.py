import math
v = math.sqrt(-1)
