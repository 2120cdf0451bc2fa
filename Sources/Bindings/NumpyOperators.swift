import Script
import TensorCore

/// Python operators on arrays and numpy scalars, as numpy's ufuncs compute them.
enum NumpyOperators {
    /// The ufunc behind an arithmetic operator, or nil for operators numpy maps elsewhere.
    static func arithmetic(_ op: BinaryOperator) -> ArithmeticOp? {
        switch op {
        case .add: return .add
        case .sub: return .subtract
        case .mul: return .multiply
        case .div: return .divide
        case .floorDiv: return .floorDivide
        case .mod: return .mod
        case .pow: return .power
        default: return nil
        }
    }

    /// The ufunc name numpy's messages use for an operator.
    static func ufuncName(_ op: BinaryOperator) -> String {
        switch op {
        case .matmul: return "matmul"
        case .and: return "bitwise_and"
        case .or: return "bitwise_or"
        case .xor: return "bitwise_xor"
        case .lshift: return "left_shift"
        case .rshift: return "right_shift"
        default: return arithmetic(op)?.rawValue ?? op.rawValue
        }
    }

    /// `a op b` on engine operands; nil when numpy has no such operator for them.
    static func apply(_ op: BinaryOperator, _ a: Operand, _ b: Operand, _ interp: Interpreter) throws -> Tensor? {
        try NumpyErrors.translating(interp) {
            if let ufunc = arithmetic(op) { return try Tensor.arithmetic(ufunc, a, b) }
            switch op {
            case .matmul:
                return try Tensor.matmul(tensor(a), tensor(b))
            case .and, .or, .xor:
                let logical: LogicalOp = op == .and ? .and : op == .or ? .or : .xor
                guard isBool(a), isBool(b) else {
                    throw PyException(.typeError, "nlpnb supports '\(op.rawValue)' on bool arrays only (numpy's \(ufuncName(op)) on integers is not implemented)")
                }
                return try Tensor.logical(logical, a, b)
            default:
                return nil
            }
        }
    }

    /// A rich comparison as a bool array (or scalar); nil for `in`/`is` and non-numeric operands.
    static func compare(_ op: ComparisonOperator, _ a: Operand, _ b: Operand, _ interp: Interpreter) throws -> Tensor? {
        guard let engineOp = comparison(op) else { return nil }
        return try NumpyErrors.translating(interp) { try Tensor.compare(engineOp, a, b) }
    }

    /// The engine's element-wise comparison for a rich comparison; nil for `in`/`is`.
    static func comparison(_ op: ComparisonOperator) -> ComparisonOp? {
        switch op {
        case .eq: return .equal
        case .ne: return .notEqual
        case .lt: return .less
        case .le: return .lessEqual
        case .gt: return .greater
        case .ge: return .greaterEqual
        default: return nil
        }
    }

    /// `~x`: logical not for bools; for integers the bitwise complement, which in two's
    /// complement is `-x - 1` (wrapping, like numpy's int64 arithmetic).
    static func invert(_ t: Tensor, _ interp: Interpreter) throws -> Tensor {
        try NumpyErrors.translating(interp) {
            switch t.dtype {
            case .bool: return try t.logicalNot()
            case .int32, .int64: return try Tensor.arithmetic(.subtract, .tensor(try t.apply(.negative)), .int(1))
            case .float32, .float64:
                throw TensorError(.typeError, "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
            }
        }
    }

    private static func isBool(_ o: Operand) -> Bool {
        switch o {
        case .bool: return true
        case .tensor(let t): return t.dtype == .bool
        case .int, .float: return false
        }
    }

    /// An operand as a tensor of its own dtype (a 0-d one for a Python scalar).
    private static func tensor(_ o: Operand) -> Tensor {
        switch o {
        case .tensor(let x): return x
        case .bool(let v): return Tensor(integer: v ? 1 : 0, dtype: .bool)
        case .int(let v): return Tensor(integer: v)
        case .float(let v): return Tensor(scalar: v)
        }
    }
}
