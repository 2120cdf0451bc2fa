import TensorCore

/// The engine's working array: float32 values in row-major (C) order with a shape.
///
/// Neural-network code reads and writes whole buffers in tight loops, so it uses this plain
/// contiguous type rather than TensorCore's strided, multi-dtype `Tensor`; `init(_:)` and
/// `tensor()` convert at the boundary.
public struct FloatTensor: Equatable {
    public var shape: [Int]
    public var data: [Float]

    /// Trusted constructor: callers guarantee `data.count == shape.product`.
    init(shape: [Int], data: [Float]) {
        self.shape = shape
        self.data = data
    }

    /// A tensor of `shape` holding `values` in row-major order; the counts must agree.
    public init(shape: [Int], values: [Float]) throws {
        guard checkedProduct(shape) == values.count else {
            throw TensorError(.valueError, "cannot reshape array of size \(values.count) into shape \(pythonShape(shape))")
        }
        self.init(shape: shape, data: values)
    }

    /// A tensor of `shape` filled with `value`.
    public init(repeating value: Float, shape: [Int]) {
        self.init(shape: shape, data: [Float](repeating: value, count: shape.reduce(1, *)))
    }

    /// Zeros of `shape`.
    public static func zeros(_ shape: [Int]) -> FloatTensor { FloatTensor(repeating: 0, shape: shape) }

    /// A scalar (shape `[]`).
    public init(scalar: Float) { self.init(shape: [], data: [scalar]) }

    /// Any TensorCore tensor, converted to float32 as `np.asarray(x, "float32")` would.
    public init(_ tensor: Tensor) throws {
        self.init(shape: tensor.shape, data: try tensor.values(as: Float.self))
    }

    /// This array as a TensorCore float32 tensor.
    public func tensor() throws -> Tensor { try Tensor(shape: shape, values: data) }

    public var count: Int { data.count }
    public var rank: Int { shape.count }

    /// The same values viewed with another shape of equal size.
    func reshaped(_ newShape: [Int]) -> FloatTensor { FloatTensor(shape: newShape, data: data) }
}

/// The number of elements of `shape`, or nil when a size is negative or the product
/// overflows (user-given shapes must not trap).
func checkedProduct(_ shape: [Int]) -> Int? {
    var total = 1
    for size in shape {
        guard size >= 0 else { return nil }
        let (product, overflow) = total.multipliedReportingOverflow(by: size)
        if overflow { return nil }
        total = product
    }
    return total
}

/// Row-major strides (in elements) of `shape`.
func rowMajorStrides(_ shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var step = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
        strides[axis] = step
        step *= shape[axis]
    }
    return strides
}
