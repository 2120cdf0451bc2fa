import TensorCore

/// The keys and values of every past token, per layer, so that generating one more token
/// costs one token's worth of work instead of re-running the whole prefix.
///
/// Each layer's keys (and values) live in one buffer shaped (batch, heads, capacity,
/// headSize) that grows by doubling: a step writes its new positions in place and attends
/// over a view of the filled part, so the history is not copied again at every token.
public final class KVCache {
    /// Per layer: the buffers, of which positions `0..<length` are filled.
    private var keys: [Tensor?]
    private var values: [Tensor?]
    /// Tokens cached so far.
    public private(set) var length = 0

    public init(layerCount: Int) {
        keys = Array(repeating: nil, count: layerCount)
        values = Array(repeating: nil, count: layerCount)
    }

    var layerCount: Int { keys.count }

    /// Appends this step's keys and values for `layer`, shaped (batch, heads, new, headSize),
    /// and returns views of the whole history. Layers are appended in order, so the history
    /// before this step is `length` positions long until the last layer has appended.
    func append(layer: Int, key: Tensor, value: Tensor) throws -> (key: Tensor, value: Tensor) {
        let past = length, total = length + key.shape[2]
        let history = try (Self.appending(key, to: &keys[layer], past: past), Self.appending(value, to: &values[layer], past: past))
        if layer == keys.count - 1 { length = total }
        return history
    }

    /// Writes `new` at positions past..<past+new into `buffer` (grown when full) and returns
    /// the view of positions 0..<past+new.
    private static func appending(_ new: Tensor, to buffer: inout Tensor?, past: Int) throws -> Tensor {
        let total = past + new.shape[2]
        if buffer.map({ $0.shape[2] < total }) ?? true {
            var shape = new.shape
            shape[2] = max(total, 2 * (buffer?.shape[2] ?? 0), 16)
            let grown = try Tensor.zeros(shape, dtype: new.dtype)
            if let old = buffer, past > 0 { try positions(grown, 0..<past).assign(positions(old, 0..<past)) }
            buffer = grown
        }
        guard let filled = buffer else { return new }
        try positions(filled, past..<total).assign(new)
        return try positions(filled, 0..<total)
    }

    /// The view `buffer[:, :, range]`.
    private static func positions(_ buffer: Tensor, _ range: Range<Int>) throws -> Tensor {
        let all = TensorIndex.slice(start: nil, stop: nil, step: nil)
        return try buffer.getItem([all, all, .slice(start: range.lowerBound, stop: range.upperBound, step: nil)])
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
