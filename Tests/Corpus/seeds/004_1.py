import numpy as np

# Define query, keys, and values as vectors
query = np.array([1, 0, -1])  # Represents "love"
keys = np.array([[1, 1, 0],  # Represents "pizza"
                 [0, -1, 1],  # Represents "but"
                 [1, 0, -1]])  # Represents "olives"
values = np.array([[5], [0], [-3]])  # Sentiment scores for "pizza," "but," "olives"

# Calculate attention scores (dot product of query and keys)
scores = np.dot(keys, query)

# Apply softmax to get weights
def softmax(x):
    exp_x = np.exp(x - np.max(x))  # Subtract max for numerical stability
    return exp_x / np.sum(exp_x)

weights = softmax(scores)

# Weighted sum of values
attention_output = np.dot(weights, values)

print("Attention Scores:", scores)
print("Attention Weights:", weights)
print("Attention Output:", attention_output)
