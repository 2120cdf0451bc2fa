# A local plus or minus an int literal as a call argument: overflow to big ints, floats,
# and a TypeError with its traceback from the operator.
def f(x):
    return x
n = 9223372036854775807
def g(n):
    return f(n + 1), f(n - 1.5), f(-n - 2)
print(g(n), g(2.5))
def h(s):
    return f(s + 1)
try:
    h("a")
except TypeError as e:
    print(e)
h("b")
