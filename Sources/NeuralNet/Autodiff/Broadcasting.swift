import TensorCore

/// numpy's broadcasting rule: align shapes on the right; each pair of sizes must be equal
/// or one of them 1.
func broadcastShape(_ a: [Int], _ b: [Int]) throws -> [Int] {
    let rank = max(a.count, b.count)
    let left = [Int](repeating: 1, count: rank - a.count) + a
    let right = [Int](repeating: 1, count: rank - b.count) + b
    return try zip(left, right).map { l, r in
        guard l == r || l == 1 || r == 1 else {
            throw TensorError(.valueError, "operands could not be broadcast together with shapes \(pythonShape(a)) \(pythonShape(b))")
        }
        return max(l, r)
    }
}

/// Strides that read an array of `shape` as if it had the (larger) `target` shape: axes
/// that are missing or of size 1 get stride 0.
func broadcastStrides(_ shape: [Int], to target: [Int]) -> [Int] {
    let padded = [Int](repeating: 1, count: target.count - shape.count) + shape
    let strides = rowMajorStrides(padded)
    return zip(padded, strides).map { size, step in size == 1 ? 0 : step }
}

/// Visits every element of `shape` in row-major order, passing the element's offset in two
/// arrays read through `stridesA` and `stridesB` (an odometer over the index).
func forEachOffset(_ shape: [Int], _ stridesA: [Int], _ stridesB: [Int], _ body: (Int, Int, Int) -> Void) {
    let total = shape.reduce(1, *)
    if total == 0 { return }
    var index = [Int](repeating: 0, count: shape.count)
    var a = 0, b = 0
    for flat in 0..<total {
        body(flat, a, b)
        var axis = shape.count - 1
        while axis >= 0 {
            index[axis] += 1
            a += stridesA[axis]
            b += stridesB[axis]
            if index[axis] < shape[axis] { break }
            a -= stridesA[axis] * shape[axis]
            b -= stridesB[axis] * shape[axis]
            index[axis] = 0
            axis -= 1
        }
    }
}

/// `op(a, b)` element-wise with broadcasting.
func broadcastBinary(_ a: FloatTensor, _ b: FloatTensor, _ op: (Float, Float) -> Float) throws -> FloatTensor {
    broadcastBinary(a, b, shape: try broadcastShape(a.shape, b.shape), op)
}

/// `op(a, b)` element-wise where `shape` is already known to be the broadcast of both
/// operands' shapes (backward rules know it: it is their gradient's shape).
func broadcastBinary(_ a: FloatTensor, _ b: FloatTensor, shape: [Int], _ op: (Float, Float) -> Float) -> FloatTensor {
    if a.shape == shape && b.shape == shape {
        var out = [Float](repeating: 0, count: a.count)
        a.data.withUnsafeBufferPointer { x in
            b.data.withUnsafeBufferPointer { y in
                for i in 0..<out.count { out[i] = op(x[i], y[i]) }
            }
        }
        return FloatTensor(shape: shape, data: out)
    }
    if a.shape == shape, let period = trailingPeriod(b.shape, of: shape) {
        // b repeats along the leading axes (a bias): element i pairs with b[i mod period].
        var out = [Float](repeating: 0, count: a.count)
        a.data.withUnsafeBufferPointer { x in
            b.data.withUnsafeBufferPointer { y in
                for i in 0..<out.count { out[i] = op(x[i], y[i % period]) }
            }
        }
        return FloatTensor(shape: shape, data: out)
    }
    var out = [Float](repeating: 0, count: shape.reduce(1, *))
    a.data.withUnsafeBufferPointer { x in
        b.data.withUnsafeBufferPointer { y in
            forEachOffset(shape, broadcastStrides(a.shape, to: shape), broadcastStrides(b.shape, to: shape)) { flat, i, j in
                out[flat] = op(x[i], y[j])
            }
        }
    }
    return FloatTensor(shape: shape, data: out)
}

/// Sums `grad` (of a broadcast result) back down to an operand's `shape`: the reverse of
/// broadcasting, used by every binary op's backward rule.
func sumToShape(_ grad: FloatTensor, _ shape: [Int]) -> FloatTensor {
    if grad.shape == shape { return grad }
    var out = [Float](repeating: 0, count: shape.reduce(1, *))
    if let period = trailingPeriod(shape, of: grad.shape) {
        grad.data.withUnsafeBufferPointer { g in
            for i in 0..<g.count { out[i % period] += g[i] }
        }
        return FloatTensor(shape: shape, data: out)
    }
    grad.data.withUnsafeBufferPointer { g in
        forEachOffset(grad.shape, broadcastStrides(shape, to: grad.shape), rowMajorStrides(grad.shape)) { _, target, source in
            out[target] += g[source]
        }
    }
    return FloatTensor(shape: shape, data: out)
}

/// When `shape` (leading 1s aside) equals the trailing axes of `target`, the number of
/// elements it covers there: broadcasting then just repeats it. Nil otherwise.
func trailingPeriod(_ shape: [Int], of target: [Int]) -> Int? {
    let core = Array(shape.drop { $0 == 1 })
    guard core.count <= target.count, Array(target.suffix(core.count)) == core else { return nil }
    let period = core.reduce(1, *)
    return period > 0 ? period : nil
}

/// Normalises a possibly negative axis, with numpy's AxisError wording.
func normalizedAxis(_ axis: Int, rank: Int) throws -> Int {
    let resolved = axis < 0 ? axis + rank : axis
    guard resolved >= 0, resolved < rank else {
        throw TensorError(.axisError, "axis \(axis) is out of bounds for array of dimension \(rank)")
    }
    return resolved
}
