import TensorCore

/// The keys and values of every past token, per layer, so that generating one more token
/// costs one token's worth of work instead of re-running the whole prefix.
public final class KVCache {
    /// Per layer: keys and values shaped (batch, heads, length, headSize).
    var keys: [Tensor?]
    var values: [Tensor?]
    /// Tokens cached so far.
    public private(set) var length = 0

    public init(layerCount: Int) {
        keys = Array(repeating: nil, count: layerCount)
        values = Array(repeating: nil, count: layerCount)
    }

    /// Appends this step's keys and values for `layer` and returns the whole history.
    func append(layer: Int, key: Tensor, value: Tensor) throws -> (key: Tensor, value: Tensor) {
        let allKeys = try keys[layer].map { try Tensor.concatenate([$0, key], axis: 2) } ?? key
        let allValues = try values[layer].map { try Tensor.concatenate([$0, value], axis: 2) } ?? value
        keys[layer] = allKeys
        values[layer] = allValues
        if layer == keys.count - 1 { length = allKeys.shape[2] }
        return (allKeys, allValues)
    }
}

extension KVCache {
    /// Keeps, for row i of the batch, the history of row `rows[i]` (beam search moves
    /// surviving beams into new rows after each step).
    func reorder(rows: [Int]) throws {
        let index = try Tensor(rows.map(Int64.init))
        keys = try keys.map { try $0?.getItem([.intArray(index)]) }
        values = try values.map { try $0?.getItem([.intArray(index)]) }
    }
}
