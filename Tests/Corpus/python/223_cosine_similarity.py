import math
def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb)
vectors = {"king": [0.9, 0.8, 0.1], "queen": [0.88, 0.82, 0.15], "apple": [0.1, 0.2, 0.95]}
for a in vectors:
    for b in vectors:
        if a < b:
            print(f"{a:>6} ~ {b:<6} {cosine(vectors[a], vectors[b]):.4f}")
