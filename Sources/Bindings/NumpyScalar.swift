import Script
import TensorCore

/// A numpy scalar (`np.float64(0.5)`, `np.int64(3)`, `np.True_`): what reductions, `item`
/// on numpy types and integer indexing return. It prints as numpy prints it, computes
/// with numpy's promotion (an `np.float32` times a Python float stays float32), and works
/// where Python wants a number (`float(x)`, f-string specs, list indices for integers).
final class NumpyScalar: NativeObject {
    let scalar: Scalar
    private let types: NumpyTypes

    init(_ scalar: Scalar, _ types: NumpyTypes) {
        self.scalar = scalar
        self.types = types
    }

    override var typeName: String { "numpy." + scalar.dtype.name }
    override var typeModule: String { "numpy" }
    override var pyClass: PyClass? { types.scalarClass(scalar.dtype) }

    private var element: ArrayElements {
        switch scalar {
        case .bool(let v): return .bool([v])
        case .int32(let v): return .int32([v])
        case .int64(let v): return .int64([v])
        case .float32(let v): return .float32([v])
        case .float64(let v): return .float64([v])
        }
    }

    /// The same number as a plain Python value.
    var pythonValue: Value { Conversions.pythonValue(scalar) }

    override func repr(_ interp: Interpreter) throws -> String { ArrayFormatter.scalarRepr(element) }
    override func str(_ interp: Interpreter) throws -> String { ArrayFormatter.scalarStr(element) }

    override func format(_ spec: String, _ interp: Interpreter) throws -> String? {
        if spec.isEmpty { return try str(interp) }
        return try interp.format(pythonValue, spec)
    }

    override func truthiness(_ interp: Interpreter) throws -> Bool? { scalar.doubleValue != 0 }

    // Equal numbers are one dict key, whatever their type (`d[np.int64(1)]` finds `d[1]`).
    override func hashValue(_ interp: Interpreter) throws -> Int? { try interp.hash(pythonValue) }
    override var pythonNumber: Value? { pythonValue }

    override func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
        guard let rhs = try Conversions.operand(other, interp, types) else { return nil }
        let me = Operand.tensor(Tensor(scalar))
        guard let result = try NumpyOperators.apply(op, reflected ? rhs : me, reflected ? me : rhs, interp) else { return nil }
        return types.arrayOrScalar(result)
    }

    override func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
        guard let rhs = try Conversions.operand(other, interp, types),
              let result = try NumpyOperators.compare(op, .tensor(Tensor(scalar)), rhs, interp) else { return nil }
        return types.arrayOrScalar(result)
    }

    override func unary(_ op: UnaryOperator, _ interp: Interpreter) throws -> Value? {
        let t = Tensor(scalar)
        switch op {
        case .neg: return types.scalar(try NumpyErrors.translating(interp) { try t.apply(.negative) })
        case .pos: return .object(self)
        case .invert: return types.scalar(try NumpyOperators.invert(t, interp))
        case .not: return nil
        }
    }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        let t = Tensor(scalar)
        switch name {
        case "__float__": return method(name) { _, _ in .float(self.scalar.doubleValue) }
        case "__int__": return method(name) { _, _ in try self.integerValue(interp) }
        case "__index__":
            guard scalar.dtype.isInteger else { return nil }
            return method(name) { _, _ in self.pythonValue }
        case "__abs__": return method(name) { interp, _ in
            self.types.scalar(try NumpyErrors.translating(interp) { try t.apply(.absolute) })
        }
        case "__round__": return method(name) { interp, args in
            guard let digits = args.positional.first, !digits.isNone else {
                return try interp.call(try interp.importModule("builtins")["round"] ?? .none, [self.pythonValue])
            }
            let n = try interp.toInt(digits)
            return self.types.scalar(try NumpyErrors.translating(interp) { try t.rounded(decimals: n) })
        }
        case "item": return method(name) { _, _ in self.pythonValue }
        case "tolist": return method(name) { _, _ in self.pythonValue }
        case "dtype": return .object(DTypeObject(scalar.dtype, types))
        case "shape": return .object(PyTuple([]))
        case "ndim": return .int(0)
        case "size": return .int(1)
        case "astype": return method(name) { interp, args in
            try args.expect("astype", 1...1)
            let d = try Conversions.dtype(args[0], interp) ?? .float64
            return self.types.scalar(try NumpyErrors.translating(interp) { try t.astype(d) })
        }
        case "is_integer":
            guard scalar.dtype.isFloatingPoint else { return nil }
            let d = scalar.doubleValue
            return method(name) { _, _ in .bool(d.isFinite && d.rounded() == d) }
        case "real": return .object(self)
        default: return nil
        }
    }

    override func attributeNames() -> [String] {
        ["item", "tolist", "dtype", "shape", "ndim", "size", "astype", "real"]
            + (scalar.dtype.isFloatingPoint ? ["is_integer"] : [])
    }

    /// `int(x)`: truncation toward zero, with Python's errors for NaN and infinity.
    private func integerValue(_ interp: Interpreter) throws -> Value {
        switch scalar {
        case .bool(let b): return .int(b ? 1 : 0)
        case .int32(let i): return .int(Int(i))
        case .int64(let i): return .int(Int(i))
        default: return try interp.call(.object(PyClass.int), [.float(scalar.doubleValue)])
        }
    }

    private func method(_ name: String, _ body: @escaping NativeFunctionBody) -> Value {
        .object(PyNativeFunction(name, owner: scalar.dtype.name, body))
    }
}
