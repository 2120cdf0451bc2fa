extension Tensor {
    /// `np.argsort(a, axis)`: indices that sort each run along `axis` (the flattened array
    /// when nil). The order is stable (ties keep their original order), which is numpy's
    /// `kind='stable'`; numpy's default introsort agrees on tie-free data and on small
    /// arrays, but may order ties differently on large ones. NaNs sort last, as in numpy.
    public func argsort(axis: Int? = -1) throws -> Tensor {
        let source = axis == nil ? try reshape([size]) : self
        if source.ndim == 0 { return try Tensor(shape: [], values: [Int64(0)]) }
        let axisIndex = try normalizeAxis(axis ?? 0, ndim: source.ndim)
        switch dtype {
        case .bool, .int32, .int64: return try sortRuns(Int64.self, source.converted(to: .int64), axisIndex, indices: true)
        case .float32: return try sortRuns(Float.self, source, axisIndex, indices: true)
        case .float64: return try sortRuns(Double.self, source, axisIndex, indices: true)
        }
    }

    /// `np.sort(a, axis)`: a sorted copy (NaNs last).
    public func sorted(axis: Int? = -1) throws -> Tensor {
        let source = axis == nil ? try reshape([size]) : self
        if source.ndim == 0 { return try copy() }
        let axisIndex = try normalizeAxis(axis ?? 0, ndim: source.ndim)
        switch dtype {
        case .bool: return try sortRuns(Int64.self, source.converted(to: .int64), axisIndex, indices: false).astype(.bool)
        case .int32: return try sortRuns(Int32.self, source, axisIndex, indices: false)
        case .int64: return try sortRuns(Int64.self, source, axisIndex, indices: false)
        case .float32: return try sortRuns(Float.self, source, axisIndex, indices: false)
        case .float64: return try sortRuns(Double.self, source, axisIndex, indices: false)
        }
    }

    /// Sorts every run along `axis`, writing either the sorted values or their indices.
    private func sortRuns<T: NumericScalar>(_: T.Type, _ source: Tensor, _ axis: Int, indices: Bool) throws -> Tensor {
        let out = try Tensor.allocate(source.shape, indices ? .int64 : T.dtype)
        let input = source.movingAxisToEnd(axis), output = out.movingAxisToEnd(axis)
        let walker = RowWalker(shape: input.shape, strides: [input.strides, output.strides])
        let n = walker.rowLength, si = walker.innerStride(0), so = walker.innerStride(1)
        let src = input.base(T.self)
        var order = [Int](repeating: 0, count: n)
        walker.forEachRow(0..<walker.rowCount) { _, offsets in
            let run = src + offsets[0]
            for i in 0..<n { order[i] = i }
            // Stable: equal keys (and NaNs, which compare unordered) fall back to position.
            order.sort { i, j in
                let (x, y) = (run[i * si], run[j * si])
                if x.isNaN || y.isNaN { return x.isNaN == y.isNaN ? i < j : y.isNaN }
                return x != y ? x < y : i < j
            }
            if indices {
                let dst = output.base(Int64.self) + offsets[1]
                for i in 0..<n { dst[i * so] = Int64(order[i]) }
            } else {
                let dst = output.base(T.self) + offsets[1]
                for i in 0..<n { dst[i * so] = run[order[i] * si] }
            }
        }
        return out
    }

    /// `np.unique` of the flattened array: the sorted distinct values, the index of each
    /// value's first occurrence (`return_index`), the position of every element in the
    /// unique array (`return_inverse`, shaped like the input as in numpy 2) and the counts
    /// (`return_counts`). NaNs merge into
    /// one, as numpy 2 does.
    public func unique() throws -> (values: Tensor, firstIndices: Tensor, inverse: Tensor, counts: Tensor) {
        let flat = try reshape([size])
        let orderTensor = try flat.argsort(axis: 0)
        let order = try orderTensor.values(as: Int64.self)
        let sortedValues = try flat.getItem([.intArray(orderTensor)])
        var firsts: [Int64] = [], counts: [Int64] = [], keep: [Int64] = []
        var inverse = [Int64](repeating: 0, count: order.count)
        var previous: Scalar?
        for (i, position) in order.enumerated() {
            let current = sortedValues.element(atFlat: i)
            let bothNaN = previous.map { $0.doubleValue.isNaN && current.doubleValue.isNaN } ?? false
            if current != previous && !bothNaN {
                keep.append(Int64(i))
                firsts.append(position)
                counts.append(0)
            }
            counts[counts.count - 1] += 1
            inverse[Int(position)] = Int64(keep.count - 1)
            previous = current
        }
        return (try sortedValues.getItem([.intArray(Tensor(keep))]), try Tensor(firsts),
                try Tensor(shape: shape, values: inverse), try Tensor(counts))
    }
}
