class TrainingError(Exception):
    pass
def fit(epochs):
    if epochs <= 0:
        raise TrainingError(f"epochs must be positive, got {epochs}")
    return "ok"
print(fit(3))
fit(0)
