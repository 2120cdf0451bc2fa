class C: pass
c = C()
c.y = "a"
c.y += 1  # c
