extension Tensor {
    /// `np.matmul` / `a @ b`: 1-D operands are promoted to a row (left) or column (right)
    /// and the added axis removed afterwards; batch axes broadcast. Floats go through BLAS
    /// when it is loaded; integers and bools use the portable loop (bools as logical sums).
    public static func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let signature = "(n?,k),(k,m?)->(n?,m?)"
        for (index, operand) in [a, b].enumerated() where operand.ndim == 0 {
            throw TensorError(.valueError, "matmul: Input operand \(index) does not have enough dimensions (has 0, gufunc core with signature \(signature) requires 1)")
        }
        let left = a.ndim == 1 ? try a.reshape([1, a.shape[0]]) : a
        let right = b.ndim == 1 ? try b.reshape([b.shape[0], 1]) : b
        let k = left.shape[left.ndim - 1], n = left.shape[left.ndim - 2], m = right.shape[right.ndim - 1]
        guard right.shape[right.ndim - 2] == k else {
            throw TensorError(.valueError, "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature \(signature) (size \(right.shape[right.ndim - 2]) is different from \(k))")
        }
        let leftBatch = Array(left.shape.dropLast(2)), rightBatch = Array(right.shape.dropLast(2))
        guard let batch = try? broadcastShapes([leftBatch, rightBatch]) else {
            func remapped(_ t: Tensor, _ batch: [Int]) -> String {
                compactShape(t.shape) + "->(" + (batch.map(String.init) + ["newaxis", "newaxis"]).joined(separator: ",") + ")"
            }
            throw TensorError(.valueError, "operands could not be broadcast together with remapped shapes [original->remapped]: \(remapped(left, leftBatch)) \(remapped(right, rightBatch))  and requested shape (\(n),\(m))")
        }
        var outShape = batch + [n, m]
        let dtype = DType.promote(a.dtype, b.dtype)
        let work = dtype == .bool ? DType.int64 : dtype
        var result = try product(work, left.converted(to: work), right.converted(to: work), batch: batch, n: n, k: k, m: m)
        if dtype == .bool { result = try result.converted(to: .bool) }
        if b.ndim == 1 { outShape.removeLast() }
        if a.ndim == 1 { outShape.remove(at: outShape.count - (b.ndim == 1 ? 1 : 2)) }
        return try result.reshape(outShape)
    }

    /// `np.dot`: scalars multiply; up to 2-D it is matmul; N-D · 1-D sums over the last
    /// axis; N-D · M-D sums over the last axis of `a` and the second-to-last of `b`.
    public static func dot(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        if a.ndim == 0 || b.ndim == 0 { return try multiply(.tensor(a), .tensor(b)) }
        let aAxis = a.ndim - 1, bAxis = b.ndim >= 2 ? b.ndim - 2 : 0
        guard a.shape[aAxis] == b.shape[bAxis] else {
            throw TensorError(.valueError, "shapes \(compactShape(a.shape)) and \(compactShape(b.shape)) not aligned: \(a.shape[aAxis]) (dim \(aAxis)) != \(b.shape[bAxis]) (dim \(bAxis))")
        }
        if a.ndim <= 2 && b.ndim <= 2 { return try matmul(a, b) }
        let k = a.shape[aAxis]
        let rows = try a.reshape([-1, k])
        if b.ndim == 1 { return try matmul(rows, b).reshape(Array(a.shape.dropLast())) }
        // Bring b's contracted axis first: (k, rest..., m) flattened to (k, -1).
        let order = [bAxis] + Array(0..<bAxis) + [b.ndim - 1]
        let columns = try b.transposed(order).reshape([k, -1])
        let outShape = Array(a.shape.dropLast()) + Array(b.shape.dropLast(2)) + [b.shape[b.ndim - 1]]
        return try matmul(rows, columns).reshape(outShape)
    }

    /// `np.outer`: every element of the flattened `a` times every element of the flattened `b`.
    public static func outer(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        try multiply(.tensor(a.reshape([a.size, 1])), .tensor(b.reshape([1, b.size])))
    }

    /// Batched n×k · k×m products of same-dtype operands into a fresh tensor.
    private static func product(_ dtype: DType, _ left: Tensor, _ right: Tensor, batch: [Int],
                                n: Int, k: Int, m: Int) throws -> Tensor {
        let blas = BLAS.functions
        switch dtype {
        case .float32:
            let (left, right) = blas == nil ? (left, right) : (try left.blasCompatible(), try right.blasCompatible())
            return try batchedProduct(Float.self, left, right, batch: batch, n: n, k: k, m: m, zeroed: blas == nil) { a, b, c in
                if let blas { blasMatmul(blas, a, b, c, n: n, k: k, m: m) } else { portableMatmul(a, b, c, n: n, k: k, m: m) }
            }
        case .float64:
            let (left, right) = blas == nil ? (left, right) : (try left.blasCompatible(), try right.blasCompatible())
            return try batchedProduct(Double.self, left, right, batch: batch, n: n, k: k, m: m, zeroed: blas == nil) { a, b, c in
                if let blas { blasMatmul(blas, a, b, c, n: n, k: k, m: m) } else { portableMatmul(a, b, c, n: n, k: k, m: m) }
            }
        case .int32:
            return try batchedProduct(Int32.self, left, right, batch: batch, n: n, k: k, m: m) { a, b, c in
                portableMatmul(a, b, c, n: n, k: k, m: m)
            }
        case .int64, .bool:
            return try batchedProduct(Int64.self, left, right, batch: batch, n: n, k: k, m: m) { a, b, c in
                portableMatmul(a, b, c, n: n, k: k, m: m)
            }
        }
    }

    /// This tensor if its matrices (last two axes) are row- or column-major with unit steps,
    /// else a C-contiguous copy: numpy copies such operands and still calls BLAS.
    private func blasCompatible() throws -> Tensor {
        let rows = shape[ndim - 2], columns = shape[ndim - 1]
        let rowStride = strides[ndim - 2], columnStride = strides[ndim - 1]
        let rowMajor = columnStride == 1 && rowStride >= columns
        let columnMajor = rowStride == 1 && columnStride >= rows
        return rowMajor || columnMajor ? self : try copy()
    }

    /// Runs `kernel` once per broadcast batch index, with the matching matrices of each operand,
    /// into an output zero-filled unless `zeroed` is false (a kernel that writes every element).
    private static func batchedProduct<T: NumericScalar>(
        _: T.Type, _ left: Tensor, _ right: Tensor, batch: [Int], n: Int, k: Int, m: Int, zeroed: Bool = true,
        kernel: (MatrixOperand<T>, MatrixOperand<T>, UnsafeMutablePointer<T>) -> Void
    ) throws -> Tensor {
        let out = try allocate(batch + [n, m], T.dtype, zeroed: zeroed)
        let ls = left.broadcastStrides(to: batch + [n, k]), rs = right.broadcastStrides(to: batch + [k, m])
        let d = batch.count
        let walker = RowWalker(shape: batch + [1], strides: [Array(ls.prefix(d)) + [0], Array(rs.prefix(d)) + [0]])
        walker.forEachRow(0..<walker.rowCount) { index, offsets in
            let a = MatrixOperand(base: UnsafePointer(left.base(T.self) + offsets[0]), rowStride: ls[d], columnStride: ls[d + 1])
            let b = MatrixOperand(base: UnsafePointer(right.base(T.self) + offsets[1]), rowStride: rs[d], columnStride: rs[d + 1])
            kernel(a, b, out.base(T.self) + index * n * m)
        }
        return out
    }
}
