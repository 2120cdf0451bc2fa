def f(a):
    return a
y = f(1,
      2)
