import TensorCore

// Attention one (batch entry, head) pair at a time, the pairs shared among the cores: the
// pair's scores (queries × keys) are one BLAS product straight from the projections' memory
// (a head is a band of columns, read with its row stride, so splitting heads copies
// nothing), are scaled, biased, masked and softmaxed in place while they sit in the cache,
// and multiply the values into the pair's columns of a (batch, queries, heads, headSize)
// result, which merging the heads again reads without a copy.

/// A (batch, heads, rows, headSize) float32 operand in memory: element [b, h, i, c] is at
/// `first + b·batchStride + h·headStride + i·rowStride + c`.
private struct HeadMatrices {
    let first: UnsafePointer<Float>
    let batchStride: Int, headStride: Int, rowStride: Int

    init(_ first: UnsafePointer<Float>, strides: [Int]) {
        self.first = first
        (batchStride, headStride, rowStride) = (strides[0], strides[1], strides[2])
    }

    func matrix(batch: Int, head: Int) -> UnsafePointer<Float> { first + batch * batchStride + head * headStride }
}

/// softmax(q · kᵀ · scale + bias, masked) · v per batch entry and head, into a fresh
/// (batch, queries, heads, headSize) tensor. q is (B, H, T, d), k and v (B, H, S, d), bias
/// (1, H, T, S) when given. A query with no allowed key weighs all keys equally, as the
/// additive-minimum masks of transformers' eager attention do.
func headAttentionKernel(query: Tensor, key: Tensor, value: Tensor, mask: AttentionMask, scale: Float,
                         bias: Tensor?) throws -> Tensor {
    let batch = query.shape[0], heads = query.shape[1], queries = query.shape[2], headSize = query.shape[3]
    let keys = key.shape[2]
    let q = try rowReadable(query), k = try rowReadable(key), v = try rowReadable(value)
    let biasValues = try bias.map { try $0.contiguous() }
    let allowedKeys = mask.keyAllowed.map { rows in rows.map { row in row.map { $0 ? Float(1) : 0 } } }
    return try Tensor(shape: [batch, queries, heads, headSize], zeroed: false) { (out: UnsafeMutableBufferPointer<Float>) in
        guard let output = out.baseAddress, keys > 0 else {
            // No keys: every weighted sum is empty.
            _ = out.initialize(repeating: 0)
            return
        }
        try q.withUnsafeStridedElements(Float.self) { qFirst, qStrides in
            try k.withUnsafeStridedElements(Float.self) { kFirst, kStrides in
                try v.withUnsafeStridedElements(Float.self) { vFirst, vStrides in
                    try withOptionalElements(biasValues) { biasFirst in
                        let qs = HeadMatrices(qFirst, strides: qStrides), ks = HeadMatrices(kFirst, strides: kStrides)
                        let vs = HeadMatrices(vFirst, strides: vStrides)
                        let pairs = batch * heads
                        // Small work (a decode step) is not worth a thread hand-off.
                        let serial = pairs * queries * keys * headSize < 1 << 18
                        CoreSplitting.withSingleThreadedBLAS {
                            parallelChunks(serial ? 1 : pairs) { chunk in
                                let range = serial ? 0..<pairs : chunk..<chunk + 1
                                let scores = UnsafeMutablePointer<Float>.allocate(capacity: queries * keys)
                                defer { scores.deallocate() }
                                for pair in range {
                                    let b = pair / heads, h = pair % heads
                                    if queries == 1 {
                                        // A decode step: one query row, for which BLAS's packing
                                        // of the keys costs more than the dot products.
                                        dotRows(ks.matrix(batch: b, head: h), inputs: headSize, rowStride: ks.rowStride,
                                                rows: 0..<keys, x: qs.matrix(batch: b, head: h), into: scores)
                                    } else {
                                        BLAS.multiplyFloat32(qs.matrix(batch: b, head: h), transposeA: false,
                                                             ks.matrix(batch: b, head: h), transposeB: true, into: scores,
                                                             m: queries, n: keys, k: headSize, lda: qs.rowStride, ldb: ks.rowStride)
                                    }
                                    for i in 0..<queries {
                                        let row = scores + i * keys
                                        scaleAndBias(row, count: keys, scale: scale, bias: biasFirst.map { $0 + (h * queries + i) * keys })
                                        let visible = mask.causal ? min(keys, mask.pastLength + i + 1) : keys
                                        maskedSoftmax(row, count: keys, visible: visible, allowed: allowedKeys?[b])
                                    }
                                    let context = output + (b * queries * heads + h) * headSize
                                    if queries == 1 {
                                        accumulateRows(vs.matrix(batch: b, head: h), outputs: headSize, rowStride: vs.rowStride,
                                                       rows: 0..<keys, x: scores, into: context)
                                    } else {
                                        BLAS.multiplyFloat32(scores, transposeA: false, vs.matrix(batch: b, head: h),
                                                             transposeB: false, into: context, m: queries, n: headSize, k: keys,
                                                             ldb: vs.rowStride, ldc: heads * headSize)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `x` itself when its matrices' rows can be handed to BLAS in place (unit steps along a
/// row, rows at least a row apart, no negative steps), else a contiguous copy.
private func rowReadable(_ x: Tensor) throws -> Tensor {
    let rowsApart = x.shape[2] <= 1 || x.strides[2] >= x.shape[3]
    return x.strides[3] == 1 && rowsApart && x.strides.allSatisfy({ $0 >= 0 }) ? x : try x.contiguous()
}

private func withOptionalElements<R>(_ x: Tensor?, _ body: (UnsafePointer<Float>?) throws -> R) throws -> R {
    guard let x else { return try body(nil) }
    return try x.withUnsafeElements(Float.self) { try body($0.baseAddress) }
}

@inline(__always) private func scaleAndBias(_ row: UnsafeMutablePointer<Float>, count: Int, scale: Float,
                                            bias: UnsafePointer<Float>?) {
    if scale != 1 { for j in 0..<count { row[j] *= scale } }
    if let bias { for j in 0..<count { row[j] += bias[j] } }
}

/// Softmax of one row of scores over the keys before `visible` that `allowed` (1 or 0 per
/// key, nil for all) lets through; the other keys get exactly zero.
@inline(__always) private func maskedSoftmax(_ row: UnsafeMutablePointer<Float>, count: Int, visible: Int, allowed: [Float]?) {
    var maximum = -Float.infinity
    for j in 0..<visible where allowed?[j] ?? 1 != 0 { maximum = max(maximum, row[j]) }
    guard maximum > -Float.infinity else {
        for j in 0..<count { row[j] = 1 / Float(count) }
        return
    }
    for j in 0..<visible { row[j] = vectorizableExp(row[j] - maximum) }
    if let allowed { for j in 0..<visible { row[j] *= allowed[j] } }
    for j in visible..<count { row[j] = 0 }
    var total: Float = 0
    for j in 0..<visible { total += row[j] }
    let inverse = 1 / total
    for j in 0..<visible { row[j] *= inverse }
}
