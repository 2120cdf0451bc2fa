import numpy as np
query = np.array([1, 0, -1])
keys = np.array([[1, 1, 0], [0, -1, 1], [1, 0, -1]])
values = np.array([[5], [0], [-3]])
scores = np.dot(keys, query)
def softmax(x):
    exp_x = np.exp(x - np.max(x))
    return exp_x / np.sum(exp_x)
weights = softmax(scores)
print("Scores:", scores, scores.dtype)
print("Weights:", weights, weights.sum())
print("Output:", np.dot(weights, values))
print("Output shape:", np.dot(weights, values).shape)
