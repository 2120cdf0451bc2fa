import math
def dot(a, b):
    return sum(x * y for x, y in zip(a, b))
def softmax(xs):
    m = max(xs)
    exps = [math.exp(x - m) for x in xs]
    s = sum(exps)
    return [e / s for e in exps]
query = [1, 0, -1]
keys = [[1, 1, 0], [0, -1, 1], [1, 0, -1]]
values = [[5], [0], [-3]]
scores = [dot(k, query) for k in keys]
weights = softmax(scores)
output = [sum(w * v[i] for w, v in zip(weights, values)) for i in range(len(values[0]))]
print("Attention Scores:", scores)
print("Attention Weights:", weights)
print("Attention Output:", output)
scaled = [s / math.sqrt(len(query)) for s in scores]
print([f"{w:.4f}" for w in softmax(scaled)])
