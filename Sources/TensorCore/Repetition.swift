extension Tensor {
    /// `np.repeat(a, repeats, axis)`: each element repeated `repeats` times along `axis`
    /// (of the flattened array when nil). Always a fresh array.
    public func repeated(_ repeats: Int, axis: Int? = nil) throws -> Tensor {
        guard repeats >= 0 else { throw TensorError(.valueError, "negative dimensions are not allowed") }
        let source = axis == nil ? try reshape([size]) : self
        let axisIndex = try normalizeAxis(axis ?? 0, ndim: source.ndim)
        var stretched = source.shape
        stretched.insert(repeats, at: axisIndex + 1)
        _ = try Tensor.validatedSize(stretched, dtype)
        var merged = source.shape
        merged[axisIndex] *= repeats  // bounded: the stretched size was validated above
        return try source.expandDims([axisIndex + 1]).broadcast(to: stretched).copy().reshape(merged)
    }

    /// `np.tile(a, reps)`: the whole array repeated `reps[i]` times along each axis; shorter
    /// `reps` or shapes are padded with leading 1s, as numpy does.
    public func tiled(_ reps: [Int]) throws -> Tensor {
        guard reps.allSatisfy({ $0 >= 0 }) else { throw TensorError(.valueError, "negative dimensions are not allowed") }
        let dims = Swift.max(ndim, reps.count)
        let counts = [Int](repeating: 1, count: dims - reps.count) + reps
        let padded = try reshape([Int](repeating: 1, count: dims - ndim) + shape)
        // (d0, d1, ...) -> (1, d0, 1, d1, ...) -> broadcast (r0, d0, r1, d1, ...) -> (r0*d0, r1*d1, ...)
        let interleaved = try padded.expandDims((0..<dims).map { 2 * $0 })
        let stretched = (0..<dims).flatMap { [counts[$0], padded.shape[$0]] }
        _ = try Tensor.validatedSize(stretched, dtype)
        let merged = (0..<dims).map { counts[$0] * padded.shape[$0] }
        return try interleaved.broadcast(to: stretched).copy().reshape(merged)
    }

    /// `np.triu(m, k)`: zeros below the k-th diagonal of the last two axes (a 1-D input is
    /// treated as one row repeated, as numpy does).
    public func triu(_ k: Int = 0) throws -> Tensor { try triangle(k, upper: true) }

    /// `np.tril(m, k)`: zeros above the k-th diagonal.
    public func tril(_ k: Int = 0) throws -> Tensor { try triangle(k, upper: false) }

    private func triangle(_ k: Int, upper: Bool) throws -> Tensor {
        let matrix = ndim == 1 ? try broadcast(to: [shape[0], shape[0]]) : self
        guard matrix.ndim >= 2 else { throw TensorError(.valueError, "input must be at least 1-d") }
        let rows = matrix.shape[matrix.ndim - 2], columns = matrix.shape[matrix.ndim - 1]
        var keep = [Bool](repeating: false, count: try Tensor.validatedSize([rows, columns], .bool))
        for i in 0..<rows {
            for j in 0..<columns {
                // j - i cannot overflow (both are dimensions); compare without adding k.
                keep[i * columns + j] = upper ? (j - i >= k) : (j - i <= k)
            }
        }
        return try Tensor.select(Tensor(shape: [rows, columns], values: keep), .tensor(matrix),
                                 .tensor(Tensor(integer: 0, dtype: dtype)))
    }
}
