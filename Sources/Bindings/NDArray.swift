import Script
import TensorCore

/// `numpy.ndarray`: a script value around an engine `Tensor`. Views share the tensor's
/// storage, so `b = a[0]; b[0] = 9` changes `a`, and augmented assignment (`a += 1`)
/// writes into the existing array as numpy does. Methods live in NDArray+Methods.swift.
final class NDArray: NativeObject {
    let tensor: Tensor
    let types: NumpyTypes
    /// For a view, the array owning the memory (numpy's `a.base`); nil for an owner.
    let base: NDArray?

    init(_ tensor: Tensor, _ types: NumpyTypes, base: NDArray? = nil) {
        self.tensor = tensor
        self.types = types
        self.base = base
    }

    /// A result computed from this array: a view of it (sharing memory) remembers the owner.
    func derived(_ t: Tensor) -> Value {
        t.sharesMemory(with: tensor) ? .object(NDArray(t, types, base: base ?? self)) : types.wrap(t)
    }

    override var typeName: String { "numpy.ndarray" }
    override var typeModule: String { "numpy" }
    override var pyClass: PyClass? { types.ndarray }

    // numpy accepts any print options when they are set and complains when printing.
    override func repr(_ interp: Interpreter) throws -> String {
        try NumpyErrors.translating(interp) { try PrintOptions.current.validate() }
        return tensor.repr
    }

    override func str(_ interp: Interpreter) throws -> String {
        try NumpyErrors.translating(interp) { try PrintOptions.current.validate() }
        return tensor.description
    }

    override func format(_ spec: String, _ interp: Interpreter) throws -> String? {
        if spec.isEmpty { return tensor.description }
        guard tensor.ndim == 0 else {
            throw PyException(.typeError, "unsupported format string passed to numpy.ndarray.__format__")
        }
        return try interp.format(Conversions.pythonValue(try tensor.item()), spec)
    }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? { try attribute(name, interp) }
    override func attributeNames() -> [String] { Self.attributeList }

    override func hashValue(_ interp: Interpreter) throws -> Int? { nil }

    override func length(_ interp: Interpreter) throws -> Int? {
        guard let first = tensor.shape.first else { throw PyException(.typeError, "len() of unsized object") }
        return first
    }

    override func truthiness(_ interp: Interpreter) throws -> Bool? {
        if tensor.size == 1 { return try tensor.item().doubleValue != 0 }
        throw NumpyErrors.ambiguousTruth(size: tensor.size)
    }

    override func makeIterator(_ interp: Interpreter) throws -> (() throws -> Value?)? {
        guard let count = tensor.shape.first else { throw PyException(.typeError, "iteration over a 0-d array") }
        var position = 0
        return { [self] in
            guard position < count else { return nil }
            defer { position += 1 }
            let row = try NumpyErrors.translating(interp) { try tensor.getItem([.int(position)]) }
            return row.ndim == 0 ? types.scalar(row) : derived(row)
        }
    }

    override func contains(_ value: Value, _ interp: Interpreter) throws -> Bool? {
        guard let other = try Conversions.operand(value, interp, types),
              let equal = try NumpyOperators.compare(.eq, .tensor(tensor), other, interp) else { return false }
        return try NumpyErrors.translating(interp) { try equal.any().item() == .bool(true) }
    }

    // MARK: Subscripts

    override func getItem(_ key: Value, _ interp: Interpreter) throws -> Value? {
        let (entries, hasEllipsis) = try Subscripts.indices(key, interp, types)
        let result = try NumpyErrors.translating(interp) { try tensor.getItem(entries) }
        return result.ndim == 0 && !hasEllipsis ? types.scalar(result) : derived(result)
    }

    override func setItem(_ key: Value, _ value: Value, _ interp: Interpreter) throws -> Bool {
        let (entries, _) = try Subscripts.indices(key, interp, types)
        let source = try assignable(value, interp)
        try NumpyErrors.translating(interp) { try tensor.setItem(entries, source) }
        return true
    }

    /// A value to store into this array; NaN and infinity cannot become integers.
    func assignable(_ value: Value, _ interp: Interpreter) throws -> Operand {
        guard let operand = try Conversions.operand(value, interp, types) else {
            throw PyException(.typeError, "int() argument must be a string, a bytes-like object or a real number, not '\(interp.typeName(value))'")
        }
        if tensor.dtype.isInteger, case .float(let d) = operand, !d.isFinite {
            throw PyException(d.isNaN ? .valueError : .overflowError,
                              d.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
        }
        return operand
    }

    // MARK: Operators

    override func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
        guard let rhs = try Conversions.operand(other, interp, types) else {
            if case .str(let text) = other, let ufunc = NumpyOperators.arithmetic(op) {
                // numpy looks for a loop taking a string and finds none.
                let types = [tensor.dtype.name, "<U\(max(text.count, 1))"]
                throw NumpyErrors.noLoop(ufunc.rawValue, reflected ? types.reversed() : types, interp)
            }
            return nil
        }
        let me = Operand.tensor(tensor)
        guard let result = try NumpyOperators.apply(op, reflected ? rhs : me, reflected ? me : rhs, interp) else { return nil }
        // `a @ b` of two vectors is a scalar; everything else on an array stays an array.
        return types.arrayOrScalar(result)
    }

    /// `a op= b`: the engine writes `a op b` into `a` when numpy's `same_kind` casting
    /// allows (no float results into int arrays) and the shape is unchanged. Operators
    /// without an in-place ufunc (`@=`, `&=`) fall back to binding a new array.
    override func inPlaceBinary(_ op: BinaryOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
        guard let ufunc = NumpyOperators.arithmetic(op), let rhs = try Conversions.operand(other, interp, types) else { return nil }
        try NumpyErrors.translating(interp) { try tensor.applyInPlace(ufunc, rhs) }
        return .object(self)
    }

    override func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
        guard let rhs = try Conversions.operand(other, interp, types) else {
            // numpy compares arrays with unrelated objects element-wise to all False/True.
            guard op == .eq || op == .ne else { return nil }
            return types.wrap(try NumpyErrors.translating(interp) {
                try Tensor.full(tensor.shape, .bool(op == .ne), dtype: .bool)
            })
        }
        guard let result = try NumpyOperators.compare(op, .tensor(tensor), rhs, interp) else { return nil }
        return types.arrayOrScalar(result)
    }

    override func unary(_ op: UnaryOperator, _ interp: Interpreter) throws -> Value? {
        switch op {
        case .neg: return types.wrap(try NumpyErrors.translating(interp) { try tensor.apply(.negative) })
        case .pos: return types.wrap(try NumpyErrors.translating(interp) { try tensor.copy() })
        case .invert: return types.wrap(try NumpyOperators.invert(tensor, interp))
        case .not: return nil
        }
    }
}
