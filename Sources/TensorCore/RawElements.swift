// Direct access to a tensor's element buffer, for engines outside TensorCore that run their
// own kernels on it (Pretrained's matrix-vector products and attention) or serve memory they
// do not own (weights in a memory-mapped checkpoint).

extension Tensor {
    /// A C-contiguous tensor over `shape.product` elements of `dtype` at `memory`, which it
    /// neither copies nor frees: `owner` (say, the object that maps a file) is kept alive as
    /// long as any tensor or view uses the memory. `memory` must be aligned for the dtype.
    public init(borrowing memory: UnsafeMutableRawPointer, shape: [Int], dtype: DType, owner: AnyObject) throws {
        let count = try Tensor.elementCount(shape)
        self.init(storage: TensorStorage(borrowing: memory, count: count, dtype: dtype, owner: owner),
                  shape: shape, strides: contiguousStrides(shape), offset: 0)
    }

    /// A fresh C-contiguous tensor of `shape` whose elements `initialize` writes, in C order.
    /// They start zeroed, unless `zeroed` is false, which an `initialize` that writes every
    /// element passes: a large buffer is then recycled instead of mapped afresh, sparing the
    /// kernel's zero-filling of every new page.
    public init<T: TensorScalar>(shape: [Int], zeroed: Bool = true,
                                 initializingWith initialize: (UnsafeMutableBufferPointer<T>) throws -> Void) throws {
        self = try Tensor.allocate(shape, T.dtype, zeroed: zeroed)
        try initialize(UnsafeMutableBufferPointer(start: base(T.self), count: size))
    }

    /// Calls `body` with the elements in C order as one buffer: the tensor's own memory when
    /// it is C-contiguous, else a contiguous copy. `T` must be the tensor's element type.
    public func withUnsafeElements<T: TensorScalar, R>(_: T.Type, _ body: (UnsafeBufferPointer<T>) throws -> R) throws -> R {
        try requireElementType(T.self)
        let source = try contiguous()
        return try withExtendedLifetime(source) {
            try body(UnsafeBufferPointer(start: source.base(T.self), count: source.size))
        }
    }

    /// Calls `body` with a pointer to this tensor's first element and its strides in
    /// elements, with no copy even for a view (an attention head's columns of a projection,
    /// the filled part of a cache): element [i, j, ...] is at `first + i·strides[0] + j·strides[1] + ...`.
    /// `body` must read only elements inside the shape. `T` must be the tensor's element type.
    public func withUnsafeStridedElements<T: TensorScalar, R>(
        _: T.Type, _ body: (_ first: UnsafePointer<T>, _ strides: [Int]) throws -> R
    ) throws -> R {
        try requireElementType(T.self)
        return try withExtendedLifetime(storage) { try body(UnsafePointer(base(T.self)), strides) }
    }

    private func requireElementType<T: TensorScalar>(_: T.Type) throws {
        guard T.dtype == dtype else {
            throw TensorError(.typeError, "expected an array of dtype \(T.dtype.name), got \(dtype.name)")
        }
    }
}
