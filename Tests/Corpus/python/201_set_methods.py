s = {5, 1}
s.add(3)
s.add(1)
print(s, len(s))
s.update([10, 11], (12,))
print(sorted(s))
s.discard(100)
s.discard(10)
s.remove(11)
print(sorted(s))
x = s.pop()
print(x in s, len(s))
s.clear()
print(s)
t = {1, 2}
t |= {3}
t -= {1}
print(t)
