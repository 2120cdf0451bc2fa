extension Tensor {
    /// The `ord` values `np.linalg.norm` takes for vectors.
    public enum NormOrder: Equatable, Sendable {
        /// The default: 2-norm of a vector, Frobenius norm of a matrix.
        case standard
        case p(Double)
        case infinity, negativeInfinity
        /// `'fro'`.
        case frobenius
        /// `'nuc'`, which needs singular values.
        case nuclear
    }

    /// `np.linalg.norm(x, ord, axis, keepdims)`: vector norms (`ord` None, 0, 1, 2, inf,
    /// -inf, any p) over one axis, and the matrix norms that need no singular values
    /// (Frobenius, 1, -1, inf, -inf) over two. Integers are converted to float64 first. With
    /// no axis and the default order it is `sqrt(dot(x, x))` of the flattened data, as numpy
    /// computes it (through BLAS when loaded).
    public func norm(_ order: NormOrder = .standard, axes: [Int]? = nil, keepdims: Bool = false) throws -> Tensor {
        let x = try converted(to: dtype.isFloatingPoint ? dtype : .float64)
        if axes == nil && (order == .standard || (order == .frobenius && ndim == 2) || (order == .p(2) && ndim == 1)) {
            let flat = try x.reshape([x.size])
            var result = try Tensor.dot(flat, flat).apply(.sqrt)
            if keepdims { result = try result.reshape([Int](repeating: 1, count: ndim)) }
            return result
        }
        let axesList = try normalizeAxes(axes ?? Array(0..<ndim), ndim: ndim)
        switch axesList.count {
        case 1: return try x.vectorNorm(order, axis: axesList[0], keepdims: keepdims)
        case 2: return try x.matrixNorm(order, rows: axesList[0], columns: axesList[1], keepdims: keepdims)
        default: throw TensorError(.valueError, "Improper number of dimensions to norm.")
        }
    }

    private func vectorNorm(_ order: NormOrder, axis: Int, keepdims: Bool) throws -> Tensor {
        let magnitude = try apply(.absolute), axes = [axis]
        switch order {
        case .standard, .p(2):
            return try Tensor.multiply(.tensor(self), .tensor(self)).sum(axes: axes, keepdims: keepdims).apply(.sqrt)
        case .infinity: return try magnitude.max(axes: axes, keepdims: keepdims)
        case .negativeInfinity: return try magnitude.min(axes: axes, keepdims: keepdims)
        case .p(let p) where p == 0:
            return try Tensor.compare(.notEqual, .tensor(self), .int(0)).astype(dtype).sum(axes: axes, keepdims: keepdims)
        case .p(let p) where p == 1:
            return try magnitude.sum(axes: axes, keepdims: keepdims)
        case .p(let p):
            let powered = try Tensor.arithmetic(.power, .tensor(magnitude), .float(p))
            return try Tensor.arithmetic(.power, .tensor(powered.sum(axes: axes, keepdims: keepdims)), .float(1 / p))
        case .frobenius: throw TensorError(.valueError, "Invalid norm order 'fro' for vectors")
        case .nuclear: throw TensorError(.valueError, "Invalid norm order 'nuc' for vectors")
        }
    }

    /// numpy's `_multi_svd_norm`-free matrix norms: the largest (or smallest) column sum for
    /// `ord=1` (-1), row sum for `ord=inf` (-inf), over the axes `rows` and `columns`.
    private func matrixNorm(_ order: NormOrder, rows: Int, columns: Int, keepdims: Bool) throws -> Tensor {
        let magnitude = try apply(.absolute)
        let result: Tensor
        switch order {
        case .standard, .frobenius:
            result = try Tensor.multiply(.tensor(self), .tensor(self)).sum(axes: [rows, columns]).apply(.sqrt)
        case .p(1), .p(-1):
            // Sum down each column, then the extreme column; the summed axis is gone.
            let sums = try magnitude.sum(axes: [rows])
            let column = columns > rows ? columns - 1 : columns
            result = order == .p(1) ? try sums.max(axes: [column]) : try sums.min(axes: [column])
        case .infinity, .negativeInfinity:
            let sums = try magnitude.sum(axes: [columns])
            let row = rows > columns ? rows - 1 : rows
            result = order == .infinity ? try sums.max(axes: [row]) : try sums.min(axes: [row])
        case .p(2), .p(-2), .nuclear:
            throw TensorError(.valueError, "norms from singular values (ord=2, -2, 'nuc') are not supported for matrices")
        case .p:
            throw TensorError(.valueError, "Invalid norm order for matrices.")
        }
        return keepdims ? try result.expandDims([rows, columns].sorted()) : result
    }
}
