/// numpy's one-argument ufuncs.
public enum UnaryOp: String, Sendable {
    case negative, absolute, sign, square, exp, log, sqrt, tanh, sin, cos, floor, ceil, rint
}

extension Tensor {
    /// `op(self)` with numpy's dtype rules: transcendental functions give float64 for
    /// integers (float32 for bools, where numpy has float16); `floor`/`ceil` keep integer
    /// and bool dtypes; `negative` and `sign` reject bools as numpy does.
    public func apply(_ op: UnaryOp) throws -> Tensor {
        switch (op, dtype) {
        case (.negative, .bool):
            throw TensorError(.typeError, "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
        case (.sign, .bool):
            throw TensorError(.ufuncNoLoopError, "ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None")
        case (.absolute, .bool), (.floor, .bool), (.ceil, .bool), (.floor, .int64), (.ceil, .int64), (.floor, .int32), (.ceil, .int32):
            return try astype(dtype)
        case (.square, .bool):
            return try logicalAnd(self)
        case (.negative, _), (.absolute, _), (.sign, _), (.square, _):
            switch dtype {
            case .int32: return try numericUnary(op, Int32.self, self)
            case .int64: return try numericUnary(op, Int64.self, self)
            case .float32: return try numericUnary(op, Float.self, self)
            default: return try numericUnary(op, Double.self, self)
            }
        default:
            let input = try converted(to: dtype.floatResult)
            return input.dtype == .float32 ? try floatUnary(op, Float.self, input) : try floatUnary(op, Double.self, input)
        }
    }

    private func logicalAnd(_ other: Tensor) throws -> Tensor { try Tensor.logical(.and, .tensor(self), .tensor(other)) }

    private func numericUnary<T: NumericScalar>(_ op: UnaryOp, _: T.Type, _ x: Tensor) throws -> Tensor {
        switch op {
        case .negative: return try runUnary(NegateKernel<T>.self, x)
        case .absolute: return try runUnary(AbsoluteKernel<T>.self, x)
        case .sign: return try runUnary(SignKernel<T>.self, x)
        default: return try runUnary(SquareKernel<T>.self, x)
        }
    }

    private func floatUnary<T: FloatScalar>(_ op: UnaryOp, _: T.Type, _ x: Tensor) throws -> Tensor {
        switch op {
        case .exp: return try runUnary(ExpKernel<T>.self, x)
        case .log: return try runUnary(LogKernel<T>.self, x)
        case .sqrt: return try runUnary(SqrtKernel<T>.self, x)
        case .tanh: return try runUnary(TanhKernel<T>.self, x)
        case .sin: return try runUnary(SinKernel<T>.self, x)
        case .cos: return try runUnary(CosKernel<T>.self, x)
        case .floor: return try runUnary(FloorKernel<T>.self, x)
        case .ceil: return try runUnary(CeilKernel<T>.self, x)
        case .rint: return try runUnary(RintKernel<T>.self, x)
        case .negative, .absolute, .sign, .square: return try numericUnary(op, T.self, x)
        }
    }

    /// `np.round(a, decimals)`: round half to even after scaling by 10**decimals, as numpy
    /// does (multiply, rint, divide, all in the array's float dtype). Integers with
    /// `decimals >= 0` are returned unchanged; with negative decimals they round in float64
    /// and cast back. Bools round as float32 (numpy: float16).
    public func rounded(decimals: Int = 0) throws -> Tensor {
        if dtype.isInteger && decimals >= 0 { return try astype(dtype) }
        let work = try converted(to: dtype.floatResult)
        let factor = Operand.float(powerOfTen(abs(decimals)))
        let scaled = decimals >= 0 ? try Tensor.arithmetic(.multiply, .tensor(work), factor)
                                   : try Tensor.arithmetic(.divide, .tensor(work), factor)
        let even = try scaled.apply(.rint)
        let result = decimals >= 0 ? try Tensor.arithmetic(.divide, .tensor(even), factor)
                                   : try Tensor.arithmetic(.multiply, .tensor(even), factor)
        return dtype.isInteger ? try result.astype(dtype) : result
    }

    /// `np.clip(a, lo, hi)`: `minimum(maximum(a, lo), hi)` with the usual promotion.
    public func clip(min lo: Operand?, max hi: Operand?) throws -> Tensor {
        guard lo != nil || hi != nil else {
            throw TensorError(.valueError, "One of max or min must be given")
        }
        var result = self
        if let lo { result = try Tensor.arithmetic(.maximum, .tensor(result), lo) }
        if let hi { result = try Tensor.arithmetic(.minimum, .tensor(result), hi) }
        return result
    }

    /// `np.where(condition, x, y)`: elements of `x` where `condition` is true, else of `y`,
    /// all three broadcast together; `x` and `y` promote as in arithmetic.
    public static func select(_ condition: Tensor, _ x: Operand, _ y: Operand) throws -> Tensor {
        let dtype = resultType([x, y])
        let c = try condition.converted(to: .bool), a = try x.tensor(as: dtype), b = try y.tensor(as: dtype)
        let shape = try broadcastShapes([c.shape, a.shape, b.shape])
        switch dtype {
        case .bool: return try runSelect(Bool.self, c, a, b, shape: shape)
        case .int32: return try runSelect(Int32.self, c, a, b, shape: shape)
        case .int64: return try runSelect(Int64.self, c, a, b, shape: shape)
        case .float32: return try runSelect(Float.self, c, a, b, shape: shape)
        case .float64: return try runSelect(Double.self, c, a, b, shape: shape)
        }
    }
}

/// numpy's `power_of_ten`: repeated multiplication for small n, exact for n <= 22.
private func powerOfTen(_ n: Int) -> Double {
    var result = 1.0
    for _ in 0..<Swift.min(n, 400) { result *= 10 }
    return result
}
