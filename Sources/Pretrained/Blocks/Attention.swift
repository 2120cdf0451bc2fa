import TensorCore

/// Which keys each query may attend to: the padding mask (`attention_mask`, one row per
/// batch entry, 1 for real tokens) and, for decoders, the causal rule that query i sees
/// keys up to its own position. With a KV cache the first `pastLength` keys are earlier
/// tokens, so query i sits at position `pastLength + i`.
struct AttentionMask {
    /// keyAllowed[b][j]: whether key j of batch entry b is a real token; nil means all are.
    var keyAllowed: [[Bool]]?
    var causal: Bool
    var pastLength: Int = 0

}

/// (batch, length, heads · headSize) → (batch, heads, length, headSize).
func splitHeads(_ x: Tensor, heads: Int) throws -> Tensor {
    let batch = x.shape[0], length = x.shape[1], width = x.shape[2]
    return try x.reshape([batch, length, heads, width / heads]).transposed([0, 2, 1, 3])
}

/// (batch, heads, length, headSize) → (batch, length, heads · headSize).
func mergeHeads(_ x: Tensor) throws -> Tensor {
    let batch = x.shape[0], heads = x.shape[1], length = x.shape[2], headSize = x.shape[3]
    return try x.transposed([0, 2, 1, 3]).reshape([batch, length, heads * headSize])
}

/// softmax(q · kᵀ · scale + bias, masked) · v, per batch entry and head. Shapes: q (B, H, T, d),
/// k and v (B, H, S, d), bias (1, H, T, S) (T5's relative positions); the result is (B, H, T, d),
/// a view of a (B, T, H, d) tensor, so that `mergeHeads` needs no copy.
func scaledDotProductAttention(query: Tensor, key: Tensor, value: Tensor, mask: AttentionMask,
                               scale: Double, bias: Tensor? = nil) throws -> Tensor {
    try headAttentionKernel(query: query, key: key, value: value, mask: mask, scale: Float(scale), bias: bias)
        .transposed([0, 2, 1, 3])
}
