/// The element types a `Tensor` can hold, named as numpy names them.
public enum DType: String, CaseIterable, Sendable {
    case bool, int32, int64, float32, float64

    /// Bytes per element.
    public var itemSize: Int {
        switch self {
        case .bool: return 1
        case .int64, .float64: return 8
        case .int32, .float32: return 4
        }
    }

    public var isFloatingPoint: Bool { self == .float32 || self == .float64 }

    public var isInteger: Bool { self == .int32 || self == .int64 }

    /// Whether a Python int fits this dtype without numpy 2's "out of bounds" OverflowError.
    /// Only int32 can be too small for a value we hold; floats and int64 take any Int64.
    public func holds(_ value: Int64) -> Bool {
        self != .int32 || (Int64(Int32.min)...Int64(Int32.max)).contains(value)
    }

    /// numpy's kind order, which weak scalars and `same_kind` casting follow:
    /// bool 0, integer 1, float 2.
    var kind: Int {
        switch self {
        case .bool: return 0
        case .int32, .int64: return 1
        case .float32, .float64: return 2
        }
    }

    /// numpy's name for the dtype (`np.dtype(...).name`).
    public var name: String { rawValue }

    /// Array-with-array promotion (numpy's `result_type` on two arrays):
    /// bool < int32 < int64 < float32 < float64, except that an integer with float32 gives
    /// float64 because float32 cannot hold every int32 or int64.
    public static func promote(_ a: DType, _ b: DType) -> DType {
        if a == b { return a }
        switch (a, b) {
        case (.bool, _): return b
        case (_, .bool): return a
        case _ where a.isInteger && b.isInteger: return .int64
        case _ where a.isInteger || b.isInteger: return .float64
        default: return a == .float64 || b == .float64 ? .float64 : .float32
        }
    }

    /// The float type a math function (exp, log, true divide...) computes in:
    /// floats keep their type, integers go to float64. numpy gives float16 for
    /// bool input; we have no float16, so bool goes to float32 (the smallest float we have).
    var floatResult: DType {
        switch self {
        case .float32, .float64: return self
        case .int32, .int64: return .float64
        case .bool: return .float32
        }
    }
}

/// A Python scalar operand. NEP 50 makes Python `bool`/`int`/`float` "weak": they take the
/// array's dtype when that dtype is of the same kind or higher (`float32 array * 2.5` stays
/// float32), and only lift the kind when they must (`int64 array * 2.5` is float64).
/// numpy scalars such as `np.float64(2)` are *not* weak; pass them as 0-d tensors.
public enum Operand {
    case tensor(Tensor)
    case bool(Bool)
    case int(Int64)
    case float(Double)

    /// The dtype the operand has when it stands alone (`np.asarray` of it).
    var standaloneDType: DType {
        switch self {
        case .tensor(let t): return t.dtype
        case .bool: return .bool
        case .int: return .int64
        case .float: return .float64
        }
    }

    var isWeak: Bool { if case .tensor = self { return false } else { return true } }

    var kind: Int { standaloneDType.kind }

    /// The operand as a tensor of the given dtype (a 0-d tensor for a scalar).
    func tensor(as dtype: DType) throws -> Tensor {
        switch self {
        case .tensor(let t): return try t.converted(to: dtype)
        case .bool(let v): return Tensor(scalar: v ? 1.0 : 0.0, dtype: dtype)
        case .int(let v):
            guard dtype.holds(v) else { throw TensorError.outOfBounds(v, dtype) }
            return Tensor(integer: v, dtype: dtype)
        case .float(let v): return Tensor(scalar: v, dtype: dtype)
        }
    }
}

/// numpy 2 (NEP 50) result dtype of several operands (`np.result_type`), with Python
/// scalars weak: arrays promote among themselves, and a scalar only matters when its kind
/// is higher than theirs.
public func resultType(_ operands: [Operand]) -> DType {
    let strong = operands.filter { !$0.isWeak }
    guard var result = strong.first?.standaloneDType else {
        // Only Python scalars: the highest kind's default dtype.
        return operands.map(\.standaloneDType).reduce(.bool, DType.promote)
    }
    for op in strong.dropFirst() { result = DType.promote(result, op.standaloneDType) }
    let strongKind = result.kind
    for op in operands where op.isWeak && op.kind > strongKind {
        // A weak scalar of a higher kind lifts the result to that kind's default dtype.
        result = DType.promote(result, op.standaloneDType)
    }
    return result
}
