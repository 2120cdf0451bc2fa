import math
def softmax(xs):
    m = max(xs)
    exps = [math.exp(x - m) for x in xs]
    total = sum(exps)
    return [e / total for e in exps]
scores = [2.0, 1.0, 0.1]
probs = softmax(scores)
print(probs)
print(sum(probs))
print([round(p, 4) for p in probs])
print(softmax([1000, 1000]))
print(softmax([0]))
best = max(range(len(probs)), key=lambda i: probs[i])
print("argmax:", best)
