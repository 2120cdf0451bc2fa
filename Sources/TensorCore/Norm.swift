extension Tensor {
    /// The `ord` values `np.linalg.norm` takes for vectors.
    public enum NormOrder: Equatable, Sendable {
        /// The default: 2-norm of a vector, Frobenius norm of a matrix.
        case standard
        case p(Double)
        case infinity, negativeInfinity
        /// `'fro'`.
        case frobenius
    }

    /// `np.linalg.norm(x, ord, axis, keepdims)` for the vector norms (`ord` None, 1, 2, inf,
    /// -inf, any p) and the Frobenius norm. Integers are converted to float64 first. With
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
        let axesList = axes ?? Array(0..<ndim)
        if axesList.count == 2 && order != .standard && order != .frobenius {
            throw TensorError(.valueError, "only the Frobenius matrix norm (ord=None or 'fro') is supported")
        }
        if axesList.count > 2 { throw TensorError(.valueError, "Improper number of dimensions to norm.") }
        let magnitude = try x.apply(.absolute)
        switch order {
        case .standard, .frobenius, .p(2):
            return try Tensor.multiply(.tensor(x), .tensor(x)).sum(axes: axesList, keepdims: keepdims).apply(.sqrt)
        case .infinity: return try magnitude.max(axes: axesList, keepdims: keepdims)
        case .negativeInfinity: return try magnitude.min(axes: axesList, keepdims: keepdims)
        case .p(let p) where p == 0:
            return try Tensor.compare(.notEqual, .tensor(x), .int(0)).astype(x.dtype).sum(axes: axesList, keepdims: keepdims)
        case .p(let p) where p == 1:
            return try magnitude.sum(axes: axesList, keepdims: keepdims)
        case .p(let p):
            let powered = try Tensor.arithmetic(.power, .tensor(magnitude), .float(p))
            return try Tensor.arithmetic(.power, .tensor(powered.sum(axes: axesList, keepdims: keepdims)), .float(1 / p))
        }
    }
}
