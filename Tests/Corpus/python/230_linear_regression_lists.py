xs = [1, 2, 3, 4, 5]
ys = [2.1, 3.9, 6.2, 7.8, 10.1]
n = len(xs)
mx, my = sum(xs) / n, sum(ys) / n
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
intercept = my - slope * mx
print(f"y = {slope:.3f}x + {intercept:.3f}")
preds = [slope * x + intercept for x in xs]
mse = sum((p - y) ** 2 for p, y in zip(preds, ys)) / n
print(f"mse = {mse:.5f}")
print([round(p, 2) for p in preds])
