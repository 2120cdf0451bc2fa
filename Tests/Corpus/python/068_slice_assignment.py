xs = [0, 1, 2, 3, 4, 5]
xs[1:3] = ["a", "b", "c"]
print(xs)
xs[:2] = []
print(xs)
xs[::2] = [10, 20, 30]
print(xs)
xs[len(xs):] = [99]
print(xs)
xs[:] = "hi"
print(xs)
ys = [1, 2, 3]
ys[1:1] = [7, 8]
print(ys)
