import math
def sigmoid(x):
    return 1 / (1 + math.exp(-x))
def relu(x):
    return max(0.0, x)
def tanh(x):
    return (math.exp(x) - math.exp(-x)) / (math.exp(x) + math.exp(-x))
for x in [-2, -0.5, 0, 0.5, 2]:
    print(f"{x:5} {sigmoid(x):.6f} {relu(x):4} {tanh(x):+.4f}")
print(sigmoid(0) == 0.5)
