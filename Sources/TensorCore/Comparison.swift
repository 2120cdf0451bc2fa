extension Tensor {
    /// `np.isclose(a, b, rtol, atol, equal_nan)`: `|a - b| <= atol + rtol * |b|`, computed in
    /// the float dtype numpy uses (`result_type(a, b, 1.0)`); infinities are close only to
    /// the same infinity, and NaNs only to NaNs when `equalNaN` is set.
    public static func isclose(_ a: Operand, _ b: Operand, rtol: Double = 1e-05, atol: Double = 1e-08,
                               equalNaN: Bool = false) throws -> Tensor {
        let dtype = resultType([a, b, .float(1.0)])
        let x = try a.tensor(as: dtype), y = try b.tensor(as: dtype)
        let difference = try subtract(.tensor(x), .tensor(y)).apply(.absolute)
        let tolerance = try add(.float(atol), .tensor(multiply(.float(rtol), .tensor(y.apply(.absolute)))))
        let finite = try logical(.and, .tensor(x.isFinite()), .tensor(y.isFinite()))
        var close = try logical(.and, .tensor(finite), .tensor(compare(.lessEqual, .tensor(difference), .tensor(tolerance))))
        // Infinities (and, for integers, everything) compare exactly.
        close = try logical(.or, .tensor(close), .tensor(compare(.equal, .tensor(x), .tensor(y))))
        if equalNaN {
            let bothNaN = try logical(.and, .tensor(x.isNaN()), .tensor(y.isNaN()))
            close = try logical(.or, .tensor(close), .tensor(bothNaN))
        }
        return close
    }

    /// `np.allclose`: whether `isclose` holds everywhere.
    public static func allclose(_ a: Operand, _ b: Operand, rtol: Double = 1e-05, atol: Double = 1e-08,
                                equalNaN: Bool = false) throws -> Bool {
        try isclose(a, b, rtol: rtol, atol: atol, equalNaN: equalNaN).all().item() == .bool(true)
    }

    /// `np.isnan`.
    public func isNaN() throws -> Tensor { try Tensor.compare(.notEqual, .tensor(self), .tensor(self)) }

    /// `np.isfinite`: not NaN and not infinite (`x - x == 0` exactly when x is finite).
    public func isFinite() throws -> Tensor {
        guard dtype.isFloatingPoint else { return try Tensor.full(shape, .bool(true)) }
        return try Tensor.compare(.equal, .tensor(Tensor.subtract(.tensor(self), .tensor(self))), .float(0))
    }

    /// `np.array_equal`: same shape and equal elements.
    public static func arrayEqual(_ a: Tensor, _ b: Tensor) throws -> Bool {
        guard a.shape == b.shape else { return false }
        return try compare(.equal, .tensor(a), .tensor(b)).all().item() == .bool(true)
    }
}
