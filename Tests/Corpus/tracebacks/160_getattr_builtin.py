class A: pass
v = getattr(A(), "missing")
