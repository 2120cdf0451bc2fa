/// numpy's binary arithmetic ufuncs.
public enum ArithmeticOp: String, Sendable {
    case add, subtract, multiply, divide, floorDivide = "floor_divide", mod = "remainder", power, maximum, minimum
}

/// numpy's comparison ufuncs; results are always bool.
public enum ComparisonOp: String, Sendable {
    case equal, notEqual = "not_equal", less, lessEqual = "less_equal", greater, greaterEqual = "greater_equal"
}

/// numpy's `logical_and`/`logical_or`/`logical_xor`: operands are tested for truth, results are bool.
public enum LogicalOp: String, Sendable { case and, or, xor }

extension Tensor {
    /// `op(a, b)` with numpy 2 promotion (Python scalars weak) and broadcasting.
    /// True division of integers or bools gives float64; floor division, remainder and power
    /// of bools give int64 (numpy gives int8, which we do not have).
    public static func arithmetic(_ op: ArithmeticOp, _ a: Operand, _ b: Operand) throws -> Tensor {
        var dtype = resultType([a, b])
        if op == .divide && !dtype.isFloatingPoint { dtype = .float64 }
        if dtype == .bool {
            switch op {
            case .add, .maximum: return try logical(.or, a, b)
            case .multiply, .minimum: return try logical(.and, a, b)
            case .subtract:
                throw TensorError(.typeError, "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
            case .floorDivide, .mod, .power: dtype = .int64
            case .divide: preconditionFailure("true division was given a float dtype above")
            }
        }
        let (x, y, shape) = try prepare(a, b, dtype)
        switch dtype {
        case .int32, .int64:
            if op == .power, try y.containsNegative() {
                throw TensorError(.valueError, "Integers to negative integer powers are not allowed.")
            }
            return dtype == .int32 ? try numeric(op, Int32.self, x, y, shape) : try numeric(op, Int64.self, x, y, shape)
        case .float32: return try float(op, Float.self, x, y, shape)
        case .float64: return try float(op, Double.self, x, y, shape)
        case .bool: preconditionFailure("bool arithmetic was resolved above")
        }
    }

    public static func add(_ a: Operand, _ b: Operand) throws -> Tensor { try arithmetic(.add, a, b) }
    public static func subtract(_ a: Operand, _ b: Operand) throws -> Tensor { try arithmetic(.subtract, a, b) }
    public static func multiply(_ a: Operand, _ b: Operand) throws -> Tensor { try arithmetic(.multiply, a, b) }
    public static func divide(_ a: Operand, _ b: Operand) throws -> Tensor { try arithmetic(.divide, a, b) }

    /// Element-wise comparison with promotion and broadcasting; the result is bool.
    public static func compare(_ op: ComparisonOp, _ a: Operand, _ b: Operand) throws -> Tensor {
        var dtype = resultType([a, b])
        // Swift's Bool is not Comparable; order bools as 0/1 integers, as numpy does.
        if dtype == .bool && op != .equal && op != .notEqual { dtype = .int64 }
        // numpy 2 compares a Python int that int32 cannot hold by its true value, not an error.
        for case .int(let v) in [a, b] where !dtype.holds(v) { dtype = .int64 }
        let (x, y, shape) = try prepare(a, b, dtype)
        switch dtype {
        case .bool:
            return try op == .equal ? runBinary(EqualKernel<Bool>.self, x, y, shape: shape)
                                    : runBinary(NotEqualKernel<Bool>.self, x, y, shape: shape)
        case .int32: return try comparison(op, Int32.self, x, y, shape)
        case .int64: return try comparison(op, Int64.self, x, y, shape)
        case .float32: return try comparison(op, Float.self, x, y, shape)
        case .float64: return try comparison(op, Double.self, x, y, shape)
        }
    }

    /// `logical_and`/`or`/`xor`: each operand is converted to bool (nonzero is true).
    public static func logical(_ op: LogicalOp, _ a: Operand, _ b: Operand) throws -> Tensor {
        let (x, y, shape) = try prepare(a, b, .bool)
        switch op {
        case .and: return try runBinary(AndKernel.self, x, y, shape: shape)
        case .or: return try runBinary(OrKernel.self, x, y, shape: shape)
        case .xor: return try runBinary(XorKernel.self, x, y, shape: shape)
        }
    }

    /// `np.logical_not`.
    public func logicalNot() throws -> Tensor { try runUnary(NotKernel.self, converted(to: .bool)) }

    /// Both operands as tensors of `dtype`, and their broadcast shape.
    static func prepare(_ a: Operand, _ b: Operand, _ dtype: DType) throws -> (Tensor, Tensor, [Int]) {
        let x = try a.tensor(as: dtype), y = try b.tensor(as: dtype)
        return (x, y, try broadcastShapes([x.shape, y.shape]))
    }

    private func containsNegative() throws -> Bool {
        try values(as: Int64.self).contains { $0 < 0 }
    }

    private static func numeric<T: NumericScalar>(_ op: ArithmeticOp, _: T.Type, _ x: Tensor, _ y: Tensor, _ shape: [Int]) throws -> Tensor {
        switch op {
        case .add: return try runBinary(AddKernel<T>.self, x, y, shape: shape)
        case .subtract: return try runBinary(SubtractKernel<T>.self, x, y, shape: shape)
        case .multiply: return try runBinary(MultiplyKernel<T>.self, x, y, shape: shape)
        case .floorDivide: return try runBinary(FloorDivideKernel<T>.self, x, y, shape: shape)
        case .mod: return try runBinary(ModKernel<T>.self, x, y, shape: shape)
        case .power: return try runBinary(PowerKernel<T>.self, x, y, shape: shape)
        case .maximum: return try runBinary(MaximumKernel<T>.self, x, y, shape: shape)
        case .minimum: return try runBinary(MinimumKernel<T>.self, x, y, shape: shape)
        case .divide: preconditionFailure("true division always computes in a float dtype")
        }
    }

    private static func float<T: FloatScalar>(_ op: ArithmeticOp, _: T.Type, _ x: Tensor, _ y: Tensor, _ shape: [Int]) throws -> Tensor {
        op == .divide ? try runBinary(DivideKernel<T>.self, x, y, shape: shape) : try numeric(op, T.self, x, y, shape)
    }

    private static func comparison<T: NumericScalar>(_ op: ComparisonOp, _: T.Type, _ x: Tensor, _ y: Tensor, _ shape: [Int]) throws -> Tensor {
        switch op {
        case .equal: return try runBinary(EqualKernel<T>.self, x, y, shape: shape)
        case .notEqual: return try runBinary(NotEqualKernel<T>.self, x, y, shape: shape)
        case .less: return try runBinary(LessKernel<T>.self, x, y, shape: shape)
        case .lessEqual: return try runBinary(LessEqualKernel<T>.self, x, y, shape: shape)
        case .greater: return try runBinary(GreaterKernel<T>.self, x, y, shape: shape)
        case .greaterEqual: return try runBinary(GreaterEqualKernel<T>.self, x, y, shape: shape)
        }
    }
}

// Swift operators for engine code (NeuralNet etc.), with numpy's rules; a Double operand
// is a weak Python float, so `float32Tensor * 0.5` stays float32.
extension Tensor {
    public static func + (a: Tensor, b: Tensor) throws -> Tensor { try arithmetic(.add, .tensor(a), .tensor(b)) }
    public static func - (a: Tensor, b: Tensor) throws -> Tensor { try arithmetic(.subtract, .tensor(a), .tensor(b)) }
    public static func * (a: Tensor, b: Tensor) throws -> Tensor { try arithmetic(.multiply, .tensor(a), .tensor(b)) }
    public static func / (a: Tensor, b: Tensor) throws -> Tensor { try arithmetic(.divide, .tensor(a), .tensor(b)) }
    public static func + (a: Tensor, b: Double) throws -> Tensor { try arithmetic(.add, .tensor(a), .float(b)) }
    public static func - (a: Tensor, b: Double) throws -> Tensor { try arithmetic(.subtract, .tensor(a), .float(b)) }
    public static func * (a: Tensor, b: Double) throws -> Tensor { try arithmetic(.multiply, .tensor(a), .float(b)) }
    public static func / (a: Tensor, b: Double) throws -> Tensor { try arithmetic(.divide, .tensor(a), .float(b)) }
    public static func - (a: Double, b: Tensor) throws -> Tensor { try arithmetic(.subtract, .float(a), .tensor(b)) }
    public static func * (a: Double, b: Tensor) throws -> Tensor { try arithmetic(.multiply, .float(a), .tensor(b)) }
    public static prefix func - (a: Tensor) throws -> Tensor { try a.apply(.negative) }
}
