/// An n-dimensional array: numpy's ndarray.
///
/// **Aliasing model (numpy's, not Swift copy-on-write).** A `Tensor` is a small struct —
/// dtype, shape, strides and offset (in elements) — over a shared `TensorStorage` buffer.
/// Copying the struct, or taking a view (basic indexing and slicing, `transposed`, `T`,
/// `reshape` of compatible data, `squeeze`, `expandDims`, `broadcast(to:)`), shares the
/// buffer *by reference*: a write through any of them (`setItem`, `assign`,
/// `applyInPlace`) is visible through all, exactly like `b = a[0]; b[0] = 9` in numpy.
/// Every operation that numpy documents as returning a new array (`copy`, `astype`,
/// arithmetic, reductions, advanced indexing, `concatenate`...) allocates fresh storage,
/// so its result aliases nothing. There is therefore no implicit copy-on-write: code that
/// wants an independent array calls `copy()`, as Python code does. `sharesMemory(with:)`
/// tells whether two tensors use the same buffer.
///
/// Fresh element-wise results keep numpy's memory order "K" (`a.T * 2` is laid out like
/// `a.T`), so their strides are not always C order; `copy()` and `contiguous()` give C order.
public struct Tensor {
    public let dtype: DType
    public internal(set) var shape: [Int]
    /// Steps between neighbours along each axis, in elements (numpy's strides / itemsize).
    public internal(set) var strides: [Int]
    /// Index of element `[0, 0, ...]` in the storage buffer.
    public internal(set) var offset: Int
    /// Set on `broadcast(to:)` views (and views of them), whose elements repeat in memory;
    /// numpy refuses writes to them with "assignment destination is read-only".
    public internal(set) var isReadOnly = false
    let storage: TensorStorage

    init(storage: TensorStorage, shape: [Int], strides: [Int], offset: Int) {
        self.dtype = storage.dtype
        self.storage = storage
        self.shape = shape
        self.strides = strides
        self.offset = offset
    }

    /// A fresh, zero-filled, C-contiguous tensor. Validates the shape: negative dimensions,
    /// sizes that overflow, and allocations above `maxAllocationBytes` (or beyond what the
    /// system will give) throw numpy's errors. With `zeroed: false` the elements are
    /// unspecified, for kernels that write every one of them (a large buffer may then be a
    /// recycled one, see `TensorStorage`).
    static func allocate(_ shape: [Int], _ dtype: DType, zeroed: Bool = true) throws -> Tensor {
        let count = try validatedSize(shape, dtype)
        guard let storage = TensorStorage(count: count, dtype: dtype, zeroed: zeroed) else { throw memoryError(shape, dtype) }
        return Tensor(storage: storage, shape: shape, strides: contiguousStrides(shape), offset: 0)
    }

    /// Element count of `shape`, checked as numpy checks it before allocating.
    static func validatedSize(_ shape: [Int], _ dtype: DType) throws -> Int {
        let count = try elementCount(shape)
        let (bytes, overflow) = count.multipliedReportingOverflow(by: dtype.itemSize)
        if overflow { throw tooBig }
        if bytes > maxAllocationBytes { throw memoryError(shape, dtype) }
        return count
    }

    /// Element count of `shape`, rejecting negative dimensions and products that overflow.
    static func elementCount(_ shape: [Int]) throws -> Int {
        if shape.contains(where: { $0 < 0 }) {
            throw TensorError(.valueError, "negative dimensions are not allowed")
        }
        var count = 1
        for dim in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: dim)
            if overflow { throw tooBig }
            count = product
        }
        return count
    }

    private static func memoryError(_ shape: [Int], _ dtype: DType) -> TensorError {
        // Sizes past Int.max were rejected earlier, so this product is exact.
        let bytes = shape.reduce(dtype.itemSize, *)
        return TensorError(.arrayMemoryError, "Unable to allocate \(byteSizeString(bytes)) for an array with shape \(pythonShape(shape)) and data type \(dtype.name)")
    }

    private static let tooBig = TensorError(.valueError,
        "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")

    // MARK: Properties

    public var ndim: Int { shape.count }
    /// Number of elements (shapes are validated at creation, so this cannot overflow).
    public var size: Int { shape.reduce(1, *) }

    /// True when the elements lie in C (row-major) order with no gaps from `offset` on.
    public var isContiguous: Bool {
        var expected = 1
        for axis in stride(from: ndim - 1, through: 0, by: -1) where shape[axis] != 1 {
            if shape[axis] == 0 { return true }
            if strides[axis] != expected { return false }
            expected *= shape[axis]
        }
        return true
    }

    /// Whether both tensors read or write the same buffer (numpy's `may_share_memory`).
    public func sharesMemory(with other: Tensor) -> Bool { storage === other.storage }

    /// Typed pointer to element `[0, 0, ...]`.
    @inline(__always) func base<T: TensorScalar>(_: T.Type) -> UnsafeMutablePointer<T> {
        storage.pointer(T.self) + offset
    }

    /// This tensor if it is already C-contiguous, else a contiguous copy.
    public func contiguous() throws -> Tensor { isContiguous ? self : try copy() }

    /// A fresh C-contiguous copy with the same dtype (`a.copy()`).
    public func copy() throws -> Tensor { try astype(dtype, cOrder: true) }
}

/// C-order strides, in elements, for `shape`.
func contiguousStrides(_ shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 0, count: shape.count)
    var step = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
        strides[axis] = step
        step *= Swift.max(shape[axis], 1)
    }
    return strides
}

/// Normalizes a possibly negative axis, throwing numpy's AxisError when out of range.
func normalizeAxis(_ axis: Int, ndim: Int) throws -> Int {
    guard axis >= -ndim && axis < ndim else { throw TensorError.axis(axis, ndim: ndim) }
    return axis < 0 ? axis + ndim : axis
}

/// Normalizes a tuple of axes, rejecting duplicates as numpy does.
func normalizeAxes(_ axes: [Int], ndim: Int) throws -> [Int] {
    let normalized = try axes.map { try normalizeAxis($0, ndim: ndim) }
    if Set(normalized).count != normalized.count {
        throw TensorError(.valueError, "duplicate value in 'axis'")
    }
    return normalized
}
