// Array constructors: zeros, ones, full, eye, arange, linspace and the *_like forms.

extension Tensor {
    /// `np.zeros(shape, dtype)`.
    public static func zeros(_ shape: [Int], dtype: DType = .float64) throws -> Tensor {
        try allocate(shape, dtype)
    }

    /// `np.ones(shape, dtype)`.
    public static func ones(_ shape: [Int], dtype: DType = .float64) throws -> Tensor {
        try full(shape, .tensor(Tensor(integer: 1, dtype: dtype)))
    }

    /// `np.full(shape, value, dtype)`; without a dtype, the value's own (Python int gives int64).
    public static func full(_ shape: [Int], _ value: Operand, dtype: DType? = nil) throws -> Tensor {
        let result = try allocate(shape, dtype ?? value.standaloneDType)
        try result.assign(value.tensor(as: result.dtype))
        return result
    }

    /// `np.zeros_like`.
    public static func zeros(like other: Tensor, dtype: DType? = nil) throws -> Tensor {
        try zeros(other.shape, dtype: dtype ?? other.dtype)
    }

    /// `np.ones_like`.
    public static func ones(like other: Tensor, dtype: DType? = nil) throws -> Tensor {
        try ones(other.shape, dtype: dtype ?? other.dtype)
    }

    /// `np.eye(n, m, k)`: ones on the k-th diagonal.
    public static func eye(_ n: Int, _ m: Int? = nil, k: Int = 0, dtype: DType = .float64) throws -> Tensor {
        let columns = m ?? n
        let result = try allocate([n, columns], dtype)
        let one = Tensor(integer: 1, dtype: dtype)
        for row in 0..<n {
            // k comes from the user and may be huge: add without trapping.
            let (column, overflow) = row.addingReportingOverflow(k)
            guard !overflow, column >= 0, column < columns else { continue }
            var cell = result
            cell.shape = []
            cell.strides = []
            cell.offset = row * columns + column
            try cell.assign(one)
        }
        return result
    }

    /// `np.arange(start, stop, step)`. All-integer arguments give int64, otherwise float64
    /// (or `dtype`). Length is `ceil((stop - start) / step)`. Like numpy's fill, the first two
    /// values are `start` and `start + step` converted to the dtype, and the rest continue
    /// their difference: so `arange(0, 5, 0.5, dtype: .int64)` is all zeros, as in numpy.
    public static func arange(_ start: Operand, _ stop: Operand, _ step: Operand = .int(1), dtype: DType? = nil) throws -> Tensor {
        let integral = [start, stop, step].allSatisfy { $0.kind <= 1 }
        let resultType = dtype ?? (integral ? .int64 : .float64)
        let (a, b, s) = (try start.scalarValue(), try stop.scalarValue(), try step.scalarValue())
        if s == 0 { throw TensorError(.zeroDivisionError, "division by zero") }
        let span = ((b - a) / s).rounded(.up)
        guard span.isFinite else { throw TensorError(.valueError, "arange: cannot compute length") }
        guard span < 9.2e18 else { throw TensorError(.valueError, "Maximum allowed size exceeded") }
        let length = Swift.max(Int(span), 0)
        let result = try allocate([length], resultType)
        // Python ints add exactly; anything else adds as doubles.
        var second = a + s
        if let i0 = start.integerValue, let di = step.integerValue {
            switch resultType {
            case .int64:
                fillArithmetic(result.base(Int64.self), length, i0, i0 &+ di)
                return result
            case .int32:
                fillArithmetic(result.base(Int32.self), length, Int32(fromInt64: i0), Int32(fromInt64: i0 &+ di))
                return result
            default: break
            }
            second = Double(i0 &+ di)
        }
        switch resultType {
        case .bool:
            guard length <= 2 else {
                throw TensorError(.typeError, "arange() is only supported for booleans when the result has at most length 2.")
            }
            let p = result.base(Bool.self)
            if length > 0 { p[0] = a != 0 }
            if length > 1 { p[1] = second != 0 }
        case .int32: fillArithmetic(result.base(Int32.self), length, Int32(fromDouble: a), Int32(fromDouble: second))
        case .int64: fillArithmetic(result.base(Int64.self), length, Int64(fromDouble: a), Int64(fromDouble: second))
        case .float32: fillArithmetic(result.base(Float.self), length, Float(a), Float(second))
        case .float64: fillArithmetic(result.base(Double.self), length, a, second)
        }
        return result
    }

    /// `np.linspace(start, stop, num, endpoint)`: `start + i * step`, with the last value
    /// exactly `stop` when `endpoint` is true.
    public static func linspace(_ start: Double, _ stop: Double, num: Int = 50, endpoint: Bool = true, dtype: DType = .float64) throws -> Tensor {
        guard num >= 0 else { throw TensorError(.valueError, "Number of samples, \(num), must be non-negative.") }
        _ = try validatedSize([num], dtype)
        let divisions = endpoint ? num - 1 : num
        let delta = stop - start
        let step = divisions > 0 ? delta / Double(divisions) : .nan
        let values = (0..<num).map { i -> Double in
            let position = Double(i)
            if divisions <= 0 { return position * delta + start }
            return (step == 0 ? position / Double(divisions) * delta : position * step) + start
        }
        var result = try Tensor(shape: [num], values: values)
        if endpoint && num > 1 { result.base(Double.self)[num - 1] = stop }
        if dtype != .float64 { result = try result.astype(dtype) }
        return result
    }
}

/// numpy's `@TYPE@_fill`: the first two values, then `first + i * (second - first)`
/// (wrapping for integers, as C does).
private func fillArithmetic<T: NumericScalar>(_ p: UnsafeMutablePointer<T>, _ n: Int, _ first: T, _ second: T) {
    if n > 0 { p[0] = first }
    if n > 1 { p[1] = second }
    let delta = T.subtract(second, first)
    for i in Swift.min(n, 2)..<n { p[i] = T.add(first, T.multiply(T(fromInt64: Int64(i)), delta)) }
}

extension Operand {
    /// A scalar operand's value as a Double; a tensor must hold exactly one element.
    func scalarValue() throws -> Double {
        switch self {
        case .bool(let v): return v ? 1 : 0
        case .int(let v): return Double(v)
        case .float(let v): return v
        case .tensor(let t): return try t.item().doubleValue
        }
    }

    /// The value of an integer operand (a Python int or bool, or a one-element integer or
    /// bool tensor); nil for floats.
    var integerValue: Int64? {
        switch self {
        case .bool(let v): return v ? 1 : 0
        case .int(let v): return v
        case .tensor(let t) where t.size == 1:
            switch try? t.item() {
            case .int64(let v)?: return v
            case .int32(let v)?: return Int64(v)
            case .bool(let v)?: return v ? 1 : 0
            default: return nil
            }
        default: return nil
        }
    }
}
