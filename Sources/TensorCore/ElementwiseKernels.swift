/// An element-wise operation on one input, resolved statically so each (operation, dtype)
/// pair compiles to its own monomorphic loop.
protocol UnaryKernel {
    associatedtype Input: TensorScalar
    associatedtype Output: TensorScalar
    static func apply(_ x: Input) -> Output
    /// `dst[i] = apply(src[i])` over `count` contiguous elements; vectorised kernels override it.
    static func apply(_ src: UnsafePointer<Input>, _ dst: UnsafeMutablePointer<Output>, count: Int)
}

extension UnaryKernel {
    @inline(__always)
    static func apply(_ src: UnsafePointer<Input>, _ dst: UnsafeMutablePointer<Output>, count: Int) {
        for i in 0..<count { dst[i] = apply(src[i]) }
    }
}

/// An element-wise operation on two inputs of the same dtype.
protocol BinaryKernel {
    associatedtype Input: TensorScalar
    associatedtype Output: TensorScalar
    static func apply(_ x: Input, _ y: Input) -> Output
}

/// Applies `K` to every element of `input` (which must have dtype `K.Input`) into a fresh
/// tensor, laid out in numpy's "K" order (C order unless the input is, say, transposed),
/// or in C order when `cOrder` is set.
func runUnary<K: UnaryKernel>(_ kernel: K.Type, _ input: Tensor, cOrder: Bool = false) throws -> Tensor {
    if !cOrder, !input.isContiguous, let order = memoryOrder(shape: input.shape, strides: [input.strides]) {
        return try runUnary(kernel, input.permuted(order), cOrder: true).unpermuted(order)
    }
    let out = try Tensor.allocate(input.shape, K.Output.dtype, zeroed: false)
    let src = input.base(K.Input.self), dst = out.base(K.Output.self)
    if input.isContiguous {
        parallelRanges(out.size, work: out.size) { range in
            K.apply(src + range.lowerBound, dst + range.lowerBound, count: range.count)
        }
        return out
    }
    let walker = RowWalker(shape: input.shape, strides: [input.strides])
    let length = walker.rowLength, step = walker.innerStride(0)
    parallelRanges(walker.rowCount, work: out.size) { rows in
        walker.forEachRow(rows) { row, offsets in
            let s = src + offsets[0], d = dst + row * length
            for j in 0..<length { d[j] = K.apply(s[j * step]) }
        }
    }
    return out
}

/// Applies `K` to `a` and `b` (both of dtype `K.Input`) broadcast together to `shape`,
/// into a fresh tensor laid out in numpy's "K" order (C order when `cOrder` is set).
func runBinary<K: BinaryKernel>(_ kernel: K.Type, _ a: Tensor, _ b: Tensor, shape: [Int], cOrder: Bool = false) throws -> Tensor {
    let sa = a.broadcastStrides(to: shape), sb = b.broadcastStrides(to: shape)
    if !cOrder, !(a.isContiguous && a.shape == shape), let order = memoryOrder(shape: shape, strides: [sa, sb]) {
        let pa = Tensor(storage: a.storage, shape: order.map { shape[$0] }, strides: order.map { sa[$0] }, offset: a.offset)
        let pb = Tensor(storage: b.storage, shape: order.map { shape[$0] }, strides: order.map { sb[$0] }, offset: b.offset)
        return try runBinary(kernel, pa, pb, shape: pa.shape, cOrder: true).unpermuted(order)
    }
    let out = try Tensor.allocate(shape, K.Output.dtype, zeroed: false)
    let n = out.size
    let pa = a.base(K.Input.self), pb = b.base(K.Input.self), dst = out.base(K.Output.self)
    let aFull = a.shape == shape && a.isContiguous, bFull = b.shape == shape && b.isContiguous
    if aFull && bFull {
        parallelRanges(n, work: n) { range in
            for i in range { dst[i] = K.apply(pa[i], pb[i]) }
        }
    } else if aFull && b.size == 1 {
        let y = pb[0]
        parallelRanges(n, work: n) { range in
            for i in range { dst[i] = K.apply(pa[i], y) }
        }
    } else if bFull && a.size == 1 {
        let x = pa[0]
        parallelRanges(n, work: n) { range in
            for i in range { dst[i] = K.apply(x, pb[i]) }
        }
    } else {
        let walker = RowWalker(shape: shape, strides: [sa, sb])
        let length = walker.rowLength, stepA = walker.innerStride(0), stepB = walker.innerStride(1)
        parallelRanges(walker.rowCount, work: n) { rows in
            walker.forEachRow(rows) { row, offsets in
                let x = pa + offsets[0], y = pb + offsets[1], d = dst + row * length
                // Rows of a matrix against a row or a per-row value (`x - x.max(axis=1,
                // keepdims=True)`) have unit or zero steps: loops the compiler vectorizes.
                switch (stepA, stepB) {
                case (1, 1): for j in 0..<length { d[j] = K.apply(x[j], y[j]) }
                case (1, 0): let v = y[0]; for j in 0..<length { d[j] = K.apply(x[j], v) }
                case (0, 1): let v = x[0]; for j in 0..<length { d[j] = K.apply(v, y[j]) }
                default: for j in 0..<length { d[j] = K.apply(x[j * stepA], y[j * stepB]) }
                }
            }
        }
    }
    return out
}

/// `where(condition, x, y)` with all three broadcast to `shape`; `x` and `y` have dtype `T`.
func runSelect<T: TensorScalar>(_: T.Type, _ condition: Tensor, _ x: Tensor, _ y: Tensor, shape: [Int]) throws -> Tensor {
    let out = try Tensor.allocate(shape, T.dtype, zeroed: false)
    let pc = condition.base(Bool.self), px = x.base(T.self), py = y.base(T.self), dst = out.base(T.self)
    let walker = RowWalker(shape: shape, strides: [condition.broadcastStrides(to: shape),
                                                   x.broadcastStrides(to: shape), y.broadcastStrides(to: shape)])
    let length = walker.rowLength
    let sc = walker.innerStride(0), sx = walker.innerStride(1), sy = walker.innerStride(2)
    parallelRanges(walker.rowCount, work: out.size) { rows in
        walker.forEachRow(rows) { row, offsets in
            let c = pc + offsets[0], a = px + offsets[1], b = py + offsets[2], d = dst + row * length
            for j in 0..<length { d[j] = c[j * sc] ? a[j * sx] : b[j * sy] }
        }
    }
    return out
}

/// Copies `source` (dtype `T`), broadcast to `target.shape`, into `target`'s elements,
/// following `target`'s strides (so writes land in whatever storage `target` views).
func assignElements<T: TensorScalar>(_: T.Type, from source: Tensor, into target: Tensor) {
    let ps = source.base(T.self), pt = target.base(T.self)
    let walker = RowWalker(shape: target.shape, strides: [source.broadcastStrides(to: target.shape), target.strides])
    let length = walker.rowLength, ss = walker.innerStride(0), st = walker.innerStride(1)
    walker.forEachRow(0..<walker.rowCount) { _, offsets in
        let s = ps + offsets[0], t = pt + offsets[1]
        for j in 0..<length { t[j * st] = s[j * ss] }
    }
}
