// Reductions and scans along a single axis: argmax, argmin, cumsum, cumprod.

extension Tensor {
    /// `np.argmax`: the index of the first maximum along `axis` (of the flattened array when
    /// nil). A NaN counts as the maximum, so the first NaN's index is returned.
    public func argmax(axis: Int? = nil, keepdims: Bool = false) throws -> Tensor {
        try argExtremum(maximum: true, axis: axis, keepdims: keepdims)
    }

    /// `np.argmin`: the index of the first minimum (or first NaN).
    public func argmin(axis: Int? = nil, keepdims: Bool = false) throws -> Tensor {
        try argExtremum(maximum: false, axis: axis, keepdims: keepdims)
    }

    /// `np.cumsum`: running sums along `axis` (of the flattened array when nil);
    /// bool and int64 accumulate in int64.
    public func cumsum(axis: Int? = nil) throws -> Tensor { try scan(product: false, axis: axis) }

    /// `np.cumprod`.
    public func cumprod(axis: Int? = nil) throws -> Tensor { try scan(product: true, axis: axis) }

    /// A view with `axis` moved last, so a RowWalker's rows run along it.
    func movingAxisToEnd(_ axis: Int) -> Tensor {
        var view = self
        view.shape.append(view.shape.remove(at: axis))
        view.strides.append(view.strides.remove(at: axis))
        return view
    }

    private func argExtremum(maximum: Bool, axis: Int?, keepdims: Bool) throws -> Tensor {
        let name = maximum ? "argmax" : "argmin"
        let source = axis == nil ? try reshape([size]) : self
        let axisIndex = try normalizeAxis(axis ?? 0, ndim: source.ndim)
        guard source.shape[axisIndex] > 0 else {
            throw TensorError(.valueError, "attempt to get \(name) of an empty sequence")
        }
        var outShape = source.shape
        if keepdims && axis != nil { outShape[axisIndex] = 1 } else { outShape.remove(at: axisIndex) }
        if keepdims && axis == nil { outShape = [Int](repeating: 1, count: ndim) }
        let rows = source.movingAxisToEnd(axisIndex)
        switch (dtype, maximum) {
        case (.bool, true), (.int32, true), (.int64, true): return try argScan(Greater<Int64>.self, rows.converted(to: .int64), outShape)
        case (.bool, false), (.int32, false), (.int64, false): return try argScan(Less<Int64>.self, rows.converted(to: .int64), outShape)
        case (.float32, true): return try argScan(Greater<Float>.self, rows, outShape)
        case (.float32, false): return try argScan(Less<Float>.self, rows, outShape)
        case (.float64, true): return try argScan(Greater<Double>.self, rows, outShape)
        case (.float64, false): return try argScan(Less<Double>.self, rows, outShape)
        }
    }

    /// Index of the first element of each row that no later element beats under `Order`;
    /// a NaN beats everything, so the first NaN wins.
    private func argScan<Order: Precedence>(_: Order.Type, _ rows: Tensor, _ outShape: [Int]) throws -> Tensor {
        let out = try Tensor.allocate(outShape, .int64)
        let src = rows.base(Order.T.self), dst = out.base(Int64.self)
        let walker = RowWalker(shape: rows.shape, strides: [rows.strides])
        let n = walker.rowLength, step = walker.innerStride(0)
        walker.forEachRow(0..<walker.rowCount) { row, offsets in
            let run = src + offsets[0]
            var best = run[0], bestIndex = 0
            if !best.isNaN {
                for i in 1..<n {
                    let value = run[i * step]
                    if value.isNaN { bestIndex = i; break }
                    if Order.precedes(value, best) { best = value; bestIndex = i }
                }
            }
            dst[row] = Int64(bestIndex)
        }
        return out
    }

    private func scan(product: Bool, axis: Int?) throws -> Tensor {
        let source = axis == nil ? try reshape([size]) : self
        // numpy scans a 0-d array as a 1-element vector, whatever the axis.
        if source.ndim == 0 { return try reshape([1]).scan(product: product, axis: 0) }
        let axisIndex = try normalizeAxis(axis ?? 0, ndim: source.ndim)
        switch (dtype, product) {
        case (.bool, false), (.int32, false), (.int64, false): return try scanRows(SumReducer<Int64>.self, source.converted(to: .int64), axisIndex)
        case (.bool, true), (.int32, true), (.int64, true): return try scanRows(ProductReducer<Int64>.self, source.converted(to: .int64), axisIndex)
        case (.float32, false): return try scanRows(SumReducer<Float>.self, source, axisIndex)
        case (.float32, true): return try scanRows(ProductReducer<Float>.self, source, axisIndex)
        case (.float64, false): return try scanRows(SumReducer<Double>.self, source, axisIndex)
        case (.float64, true): return try scanRows(ProductReducer<Double>.self, source, axisIndex)
        }
    }

    /// Running `R.combine` along `axis`, written element by element.
    private func scanRows<R: RunReducer>(_: R.Type, _ source: Tensor, _ axis: Int) throws -> Tensor where R.Input == R.Output {
        let out = try Tensor.allocate(source.shape, R.Output.dtype)
        let input = source.movingAxisToEnd(axis), output = out.movingAxisToEnd(axis)
        let src = input.base(R.Input.self), dst = output.base(R.Output.self)
        let walker = RowWalker(shape: input.shape, strides: [input.strides, output.strides])
        let n = walker.rowLength, si = walker.innerStride(0), so = walker.innerStride(1)
        walker.forEachRow(0..<walker.rowCount) { _, offsets in
            let run = src + offsets[0], result = dst + offsets[1]
            guard n > 0 else { return }
            var acc = R.initial(first: run[0])
            for i in 0..<n {
                acc = R.combine(acc, run[i * si])
                result[i * so] = acc
            }
        }
        return out
    }
}

/// The order `argmax` (`Greater`) or `argmin` (`Less`) looks for.
protocol Precedence {
    associatedtype T: NumericScalar
    static func precedes(_ a: T, _ b: T) -> Bool
}

struct Greater<T: NumericScalar>: Precedence {
    @inline(__always) static func precedes(_ a: T, _ b: T) -> Bool { a > b }
}

struct Less<T: NumericScalar>: Precedence {
    @inline(__always) static func precedes(_ a: T, _ b: T) -> Bool { a < b }
}
