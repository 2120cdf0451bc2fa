import TensorCore

extension Variable {
    /// self + other, broadcasting; each gradient is summed back to its operand's shape.
    public func add(_ other: Variable) throws -> Variable {
        let out = try broadcastBinary(value, other.value, +)
        let (a, b) = (shape, other.shape)
        return Variable(out, parents: [self, other]) { g in [sumToShape(g, a), sumToShape(g, b)] }
    }

    /// self - other, broadcasting.
    public func subtract(_ other: Variable) throws -> Variable {
        let out = try broadcastBinary(value, other.value, -)
        let (a, b) = (shape, other.shape)
        return Variable(out, parents: [self, other]) { g in
            [sumToShape(g, a), sumToShape(g.map { -$0 }, b)]
        }
    }

    /// self * other element-wise, broadcasting: d/da = g·b, d/db = g·a.
    public func multiply(_ other: Variable) throws -> Variable {
        let out = try broadcastBinary(value, other.value, *)
        let (a, b) = (value, other.value)
        return Variable(out, parents: [self, other]) { g in
            [sumToShape(broadcastBinary(g, b, shape: g.shape, *), a.shape), sumToShape(broadcastBinary(g, a, shape: g.shape, *), b.shape)]
        }
    }

    /// self / other element-wise, broadcasting: d/da = g/b, d/db = -g·a/b².
    public func divide(_ other: Variable) throws -> Variable {
        let out = try broadcastBinary(value, other.value, /)
        let (a, b) = (value, other.value)
        return Variable(out, parents: [self, other]) { g in
            let gb = broadcastBinary(g, b, shape: g.shape, /)
            let gOut = broadcastBinary(gb, out, shape: g.shape, *)
            return [sumToShape(gb, a.shape), sumToShape(gOut.map { -$0 }, b.shape)]
        }
    }

    /// self · k + c for constants (scaling and shifting without building constant nodes).
    public func affine(scale k: Float, shift c: Float = 0) -> Variable {
        Variable(value.map { $0 * k + c }, parents: [self]) { g in [g.map { $0 * k }] }
    }

    /// Matrix product over the last two axes. `self` may have any rank ≥ 2 with a 2-D
    /// `other` (a Dense kernel: leading axes are flattened into rows), or both may be
    /// 3-D with equal batch size (batched products, as attention needs).
    public func matmul(_ other: Variable) throws -> Variable {
        let a = value, b = other.value
        guard a.rank >= 2, b.rank == 2 || (b.rank == 3 && a.rank == 3 && a.shape[0] == b.shape[0]),
              a.shape[a.rank - 1] == b.shape[b.rank - 2] else {
            throw TensorError(.valueError, "matmul: shapes \(pythonShape(a.shape)) and \(pythonShape(b.shape)) are incompatible")
        }
        let k = a.shape[a.rank - 1], n = b.shape[b.rank - 1]
        let batch = b.rank == 3 ? b.shape[0] : 1
        let m = b.rank == 3 ? a.shape[1] : a.count / Swift.max(k, 1)
        let outShape = Array(a.shape.dropLast()) + [n]
        let out = FloatTensor(shape: outShape, data: batchedProduct(a.data, false, b.data, false, batch: batch, m: m, n: n, k: k))
        return Variable(out, parents: [self, other]) { g in
            // dA = g · Bᵀ, dB = Aᵀ · g; a 2-D B shared by all rows sums over them in one product.
            let da = batchedProduct(g.data, false, b.data, true, batch: batch, m: m, n: k, k: n)
            let db = batchedProduct(a.data, true, g.data, false, batch: batch, m: k, n: n, k: m)
            return [FloatTensor(shape: a.shape, data: da), FloatTensor(shape: b.shape, data: db)]
        }
    }
}

extension Variable {
    /// x·W + b over the last axis (Dense, and every recurrent layer's input projection) as one
    /// node: the bias is added row by row in place, and its gradient is the column sums of
    /// the output gradient, with no broadcasting machinery in between.
    public func linear(_ kernel: Variable, bias: Variable?) throws -> Variable {
        let n = kernel.shape.last ?? 0
        guard kernel.shape.count == 2, shape.last == kernel.shape[0], bias.map({ $0.shape == [n] }) ?? true else {
            throw TensorError(.valueError, "matmul: shapes \(pythonShape(shape)) and \(pythonShape(kernel.shape)) are incompatible")
        }
        let k = kernel.shape[0], m = value.count / Swift.max(k, 1)
        let (x, w) = (value, kernel.value)
        var out = batchedProduct(x.data, false, w.data, false, batch: 1, m: m, n: n, k: k)
        if let b = bias?.value.data {
            // Through raw buffers: array subscripts in this loop (checks, uniqueness) cost more
            // than the additions, a few percent of LSTM training.
            out.withUnsafeMutableBufferPointer { out in
                b.withUnsafeBufferPointer { b in
                    for row in 0..<m {
                        let outRow = out.baseAddress! + row * n
                        for j in 0..<n { outRow[j] += b[j] }
                    }
                }
            }
        }
        let parents = [self, kernel] + (bias.map { [$0] } ?? [])
        return Variable(FloatTensor(shape: Array(shape.dropLast()) + [n], data: out), parents: parents) { g in
            let dx = batchedProduct(g.data, false, w.data, true, batch: 1, m: m, n: k, k: n)
            let dw = batchedProduct(x.data, true, g.data, false, batch: 1, m: k, n: n, k: m)
            var grads = [FloatTensor(shape: x.shape, data: dx), FloatTensor(shape: w.shape, data: dw)]
            if bias != nil {
                var db = [Float](repeating: 0, count: n)
                db.withUnsafeMutableBufferPointer { db in
                    g.data.withUnsafeBufferPointer { g in
                        for row in 0..<m {
                            let gRow = g.baseAddress! + row * n
                            for j in 0..<n { db[j] += gRow[j] }
                        }
                    }
                }
                grads.append(FloatTensor(shape: [n], data: db))
            }
            return grads
        }
    }
}

/// `batch` row-major products op(A)·op(B) of m×k by k×n matrices stored back to back.
func batchedProduct(_ a: [Float], _ transposeA: Bool, _ b: [Float], _ transposeB: Bool,
                    batch: Int, m: Int, n: Int, k: Int) -> [Float] {
    var c = uninitializedFloats(batch * m * n)  // every element is written by a product
    a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
            c.withUnsafeMutableBufferPointer { pc in
                guard let baseA = pa.baseAddress, let baseB = pb.baseAddress, let baseC = pc.baseAddress else { return }
                if batch == 1 && m * n * k >= 1 << 22 {
                    splitProduct(baseA, transposeA, baseB, transposeB, into: baseC, m: m, n: n, k: k)
                    return
                }
                for item in 0..<batch {
                    BLAS.multiplyFloat32(baseA + item * m * k, transposeA: transposeA, baseB + item * k * n, transposeB: transposeB,
                                         into: baseC + item * m * n, m: m, n: n, k: k)
                }
            }
        }
    }
    return c
}

/// `count` floats left uninitialised, for buffers whose every element is written before it
/// is read: zeroing large ones first costs a pass over memory (about 5% of LSTM training).
func uninitializedFloats(_ count: Int) -> [Float] {
    [Float](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
}

/// One large product split in two halves over the cores, each half a single-threaded BLAS
/// call: OpenBLAS's own threads would otherwise spin (sched_yield) between products, taking
/// the second core from the LSTM steps that split themselves. C's rows are split when A is
/// stored untransposed; else the inner dimension is, and the two partial products summed.
private func splitProduct(_ a: UnsafePointer<Float>, _ transposeA: Bool, _ b: UnsafePointer<Float>, _ transposeB: Bool,
                          into c: UnsafeMutablePointer<Float>, m: Int, n: Int, k: Int) {
    CoreSplitting.withSingleThreadedBLAS {
        if !transposeA {
            CoreSplitting.split(m, worthwhile: true) { rows in
                BLAS.multiplyFloat32(a + rows.lowerBound * k, transposeA: false, b, transposeB: transposeB,
                                     into: c + rows.lowerBound * n, m: rows.count, n: n, k: k)
            }
        } else if !transposeB && k >= 2 {
            // Aᵀ·B = Σ over the two halves of the inner dimension (rows of the stored A and B).
            let partial = UnsafeMutablePointer<Float>.allocate(capacity: m * n)
            defer { partial.deallocate() }
            CoreSplitting.split(k, worthwhile: true) { inner in
                BLAS.multiplyFloat32(a + inner.lowerBound * m, transposeA: true, b + inner.lowerBound * n, transposeB: false,
                                     into: inner.lowerBound == 0 ? c : partial, m: m, n: n, k: inner.count)
            }
            CoreSplitting.split(m * n, worthwhile: true) { range in
                for i in range { c[i] += partial[i] }
            }
        } else {
            BLAS.multiplyFloat32(a, transposeA: true, b, transposeB: true, into: c, m: m, n: n, k: k)
        }
    }
}

extension FloatTensor {
    /// `transform` applied to every element.
    func map(_ transform: (Float) -> Float) -> FloatTensor {
        FloatTensor(shape: shape, data: data.map(transform))
    }
}
