import numpy as np

# Define structured sentence embeddings (each row represents a word)
# The embeddings represent semantic roles:
# "The" (determiner), "cat" (subject noun), "sat" (verb), "on" (preposition), "mat" (object noun)
sentence_embeddings = np.array([
    [0.1, 0.1, 0.2],  # "The"  (low influence determiner)
    [0.9, 0.8, 0.7],  # "cat"  (subject noun, strong influence)
    [0.8, 0.9, 0.8],  # "sat"  (verb, central word, strong influence)
    [0.2, 0.2, 0.3],  # "on"   (preposition, weak influence but linked to "mat")
    [0.7, 0.6, 0.9]   # "mat"  (object noun, linked to "on" and "sat", but not "the")
])

# Define structured weight matrices for Query (Q), Key (K), and Value (V)
# These weights are manually structured to enhance word relationships

# Query weight matrix (W_q) (3x3)
# Controls how much influence each word has when "asking for context"
W_q = np.array([
    [0.6, 0.2, 0.1],  # Slight attention to structure words
    [0.8, 0.7, 0.6],  # "cat" has high query influence
    [0.7, 0.9, 0.8]   # "sat" is the central querying word
])

# Key weight matrix (W_k) (3x3)
# Controls how words "store" information for queries to access
W_k = np.array([
    [0.6, 0.3, 0.2],  # "The" contributes weakly to keys
    [0.8, 0.7, 0.5],  # "cat" stores important information
    [0.7, 0.9, 0.6]   # "sat" stores strong reference points
])

# Value weight matrix (W_v) (3x3)
# Controls how much information each word contributes to the final representation
W_v = np.array([
    [0.2, 0.5, 0.3],  # "The" contributes little meaning
    [0.7, 0.8, 0.6],  # "Cat" contributes strongly
    [0.8, 0.9, 0.7]   # "Sat" contributes highly
])

# Compute Queries (Q), Keys (K), and Values (V) for each word
Q = sentence_embeddings @ W_q  # Transform embeddings into Queries
K = sentence_embeddings @ W_k  # Transform embeddings into Keys
V = sentence_embeddings @ W_v  # Transform embeddings into Values

# Compute attention scores using scaled dot-product attention
scores = Q @ K.T  # Compute raw attention scores (similarity between Q and K)

# Scale scores to stabilize training (common practice in attention models)
d_k = K.shape[1]  # Dimension of keys
scores /= np.sqrt(d_k)  # Scaling factor

# Apply softmax to obtain normalized attention weights
def softmax(x):
    exp_x = np.exp(x - np.max(x))  # Subtract max value for numerical stability
    return exp_x / np.sum(exp_x, axis=1, keepdims=True)  # Normalize rows

weights = softmax(scores)  # Compute final attention weights

# Compute weighted sum of values to get attention output
attention_output = weights @ V  # Weighted combination of V based on attention

# Print the attention matrix (how words attend to each other)
print("Attention Weights:")
print(weights)

# Print the final contextualized word representations
print("Attention Output:")
print(attention_output)
