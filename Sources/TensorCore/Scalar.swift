/// One element of a tensor with its dtype (numpy's `np.float32(...)`, `np.int64(...)`...).
public enum Scalar: Equatable, Sendable {
    case bool(Bool)
    case int32(Int32)
    case int64(Int64)
    case float32(Float)
    case float64(Double)

    public var dtype: DType {
        switch self {
        case .bool: return .bool
        case .int32: return .int32
        case .int64: return .int64
        case .float32: return .float32
        case .float64: return .float64
        }
    }

    /// The value as a Double (Python `float(x)`).
    public var doubleValue: Double {
        switch self {
        case .bool(let v): return v ? 1 : 0
        case .int32(let v): return Double(v)
        case .int64(let v): return Double(v)
        case .float32(let v): return Double(v)
        case .float64(let v): return v
        }
    }
}

extension Tensor {
    /// A 0-d tensor holding `value` converted to `dtype`.
    public init(scalar value: Double, dtype: DType = .float64) {
        self.init(storage: TensorStorage.scalar(dtype), shape: [], strides: [], offset: 0)
        switch dtype {
        case .bool: base(Bool.self).pointee = Bool(fromDouble: value)
        case .int32: base(Int32.self).pointee = Int32(fromDouble: value)
        case .int64: base(Int64.self).pointee = Int64(fromDouble: value)
        case .float32: base(Float.self).pointee = Float(fromDouble: value)
        case .float64: base(Double.self).pointee = value
        }
    }

    /// A 0-d tensor holding an integer converted to `dtype` (exact for int64; int32 keeps
    /// the low 32 bits, so callers check `DType.holds` where numpy would refuse).
    public init(integer value: Int64, dtype: DType = .int64) {
        self.init(storage: TensorStorage.scalar(dtype), shape: [], strides: [], offset: 0)
        switch dtype {
        case .bool: base(Bool.self).pointee = value != 0
        case .int32: base(Int32.self).pointee = Int32(fromInt64: value)
        case .int64: base(Int64.self).pointee = value
        case .float32: base(Float.self).pointee = Float(fromInt64: value)
        case .float64: base(Double.self).pointee = Double(fromInt64: value)
        }
    }

    /// A 0-d tensor holding `scalar` with its own dtype.
    public init(_ scalar: Scalar) {
        switch scalar {
        case .bool(let v): self.init(integer: v ? 1 : 0, dtype: .bool)
        case .int32(let v): self.init(integer: Int64(v), dtype: .int32)
        case .int64(let v): self.init(integer: v, dtype: .int64)
        case .float32(let v): self.init(scalar: Double(v), dtype: .float32)
        case .float64(let v): self.init(scalar: v, dtype: .float64)
        }
    }

    /// A C-contiguous tensor of `shape` holding `values` in row-major order.
    public init<T: TensorScalar>(shape: [Int], values: [T]) throws {
        let count = try Tensor.validatedSize(shape, T.dtype)
        guard count == values.count else {
            throw TensorError(.valueError, "cannot reshape array of size \(values.count) into shape \(pythonShape(shape))")
        }
        self = try Tensor.allocate(shape, T.dtype)
        let dst = base(T.self)
        // One bulk copy: element by element, unspecialized generic code costs a witness call each.
        values.withUnsafeBufferPointer { src in
            if let source = src.baseAddress { dst.update(from: source, count: count) }
        }
    }

    /// A 1-D tensor of `values`.
    public init<T: TensorScalar>(_ values: [T]) throws {
        try self.init(shape: [values.count], values: values)
    }

    /// The elements converted to `T`, in row-major order.
    public func values<T: TensorScalar>(as: T.Type) throws -> [T] {
        try converted(to: T.dtype).flatValues(T.self)
    }

    /// The element at `flatIndex` of the row-major order. Callers validate the index.
    func element(atFlat flatIndex: Int) -> Scalar {
        var remainder = flatIndex, position = offset
        for axis in stride(from: ndim - 1, through: 0, by: -1) {
            position += (remainder % shape[axis]) * strides[axis]
            remainder /= shape[axis]
        }
        switch dtype {
        case .bool: return .bool(storage.pointer(Bool.self)[position])
        case .int32: return .int32(storage.pointer(Int32.self)[position])
        case .int64: return .int64(storage.pointer(Int64.self)[position])
        case .float32: return .float32(storage.pointer(Float.self)[position])
        case .float64: return .float64(storage.pointer(Double.self)[position])
        }
    }

    /// The only element of a size-1 tensor (numpy's `item()`).
    public func item() throws -> Scalar {
        guard size == 1 else {
            throw TensorError(.valueError, "can only convert an array of size 1 to a Python scalar")
        }
        return element(atFlat: 0)
    }

    /// The element at a full index (negative entries count from the end), as `a.item(i, j)`.
    public func item(_ index: [Int]) throws -> Scalar {
        guard index.count == ndim else {
            throw TensorError(.valueError, "incorrect number of indices for array")
        }
        var flat = 0
        for (axis, i) in index.enumerated() {
            guard i >= -shape[axis] && i < shape[axis] else {
                throw TensorError(.indexError, "index \(i) is out of bounds for axis \(axis) with size \(shape[axis])")
            }
            flat = flat * shape[axis] + (i < 0 ? i + shape[axis] : i)
        }
        return element(atFlat: flat)
    }
}
