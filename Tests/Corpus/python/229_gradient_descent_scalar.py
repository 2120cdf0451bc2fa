def loss(w):
    return (w - 3) ** 2
def grad(w):
    return 2 * (w - 3)
w = 0.0
lr = 0.1
for step in range(1, 31):
    w -= lr * grad(w)
    if step % 10 == 0:
        print(f"step {step:2d}: w={w:.6f} loss={loss(w):.3e}")
print(round(w, 4))
