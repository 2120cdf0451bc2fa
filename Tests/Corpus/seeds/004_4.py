import numpy as np

# Define sentence embeddings for each word in "The cat sat on the mat"
# Each word is represented as a 3-dimensional vector (for simplicity)
sentence_embeddings = np.array([
    [0.1, 0.1, 0.2],  # "The"  (low influence)
    [0.9, 0.8, 0.7],  # "cat"  (high influence)
    [0.8, 0.9, 0.8],  # "sat"  (central word)
    [0.2, 0.2, 0.3],  # "on"   (context word)
    [0.7, 0.6, 0.9]   # "mat"  (linked to "sat" and "on")
])

# Multi-head attention will have two heads for this example
num_heads = 2
head_dim = sentence_embeddings.shape[1] // num_heads  # Dimension per head

# Function to create weight matrices for each head
# We'll create separate W_q, W_k, W_v for each head
np.random.seed(42)  # Seed for reproducibility
def generate_weights(num_heads, head_dim):
    return [
        (np.random.rand(head_dim, head_dim),  # W_q for this head
         np.random.rand(head_dim, head_dim),  # W_k for this head
         np.random.rand(head_dim, head_dim))  # W_v for this head
        for _ in range(num_heads)
    ]

# Generate separate weight matrices for each head
multi_head_weights = generate_weights(num_heads, head_dim)

# Define softmax function for numerical stability
def softmax(x):
    exp_x = np.exp(x - np.max(x))
    return exp_x / np.sum(exp_x, axis=1, keepdims=True)

# Perform multi-head attention
all_attention_outputs = []
for head_index, (W_q, W_k, W_v) in enumerate(multi_head_weights):
    # Slice the sentence embeddings for this head
    # Each head will process a different projection of the embeddings
    head_embeddings = sentence_embeddings[:, head_index * head_dim : (head_index + 1) * head_dim]

    # Compute Queries (Q), Keys (K), and Values (V) for this head
    Q = head_embeddings @ W_q  # Transform embeddings into Queries
    K = head_embeddings @ W_k  # Transform embeddings into Keys
    V = head_embeddings @ W_v  # Transform embeddings into Values

    # Compute attention scores using scaled dot-product attention
    scores = Q @ K.T  # Compute raw attention scores (similarity between Q and K)
    d_k = K.shape[1]  # Dimension of keys
    scores /= np.sqrt(d_k)  # Scale scores for numerical stability

    # Apply softmax to obtain normalized attention weights
    attention_weights = softmax(scores)

    # Compute weighted sum of values to get the attention output for this head
    attention_output = attention_weights @ V

    # Store the attention output for this head
    all_attention_outputs.append(attention_output)

    # Print detailed information for this head
    print(f"Head {head_index + 1}:")
    print("Attention Weights:")
    print(attention_weights)
    print("Attention Output:")
    print(attention_output)
    print("\n")

# Concatenate the outputs from all heads to form the final multi-head attention output
final_attention_output = np.concatenate(all_attention_outputs, axis=1)

# Print the final multi-head attention output
print("Final Multi-Head Attention Output:")
print(final_attention_output)
